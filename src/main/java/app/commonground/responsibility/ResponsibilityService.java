package app.commonground.responsibility;

import app.commonground.activity.ActivityKind;
import app.commonground.activity.ActivityLog;
import app.commonground.activity.Happened;
import app.commonground.base.InputRules;
import app.commonground.base.InvalidInputException;
import app.commonground.base.Transactions;
import app.commonground.space.SpaceCommands;
import app.commonground.space.SpaceMembers;
import app.commonground.space.SpaceMembership;
import app.commonground.space.SpaceService;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The agreed list: proposals, agreement by the other partner, changes that reopen the agreement, and
 * hand-overs that move only when the new owner accepts. Partners only; a counsellor reads.
 */
@Service
public class ResponsibilityService {

    private final ResponsibilityRepository responsibilities;
    private final ResponsibilitiesPart part;
    private final SpaceService spaces;
    private final SpaceCommands commands;
    private final ActivityLog activity;
    private final InputRules rules;
    private final Transactions transactions;
    private final Clock clock;

    ResponsibilityService(ResponsibilityRepository responsibilities, ResponsibilitiesPart part, SpaceService spaces,
                          SpaceCommands commands, ActivityLog activity, InputRules rules, Transactions transactions,
                          Clock clock) {
        this.responsibilities = responsibilities;
        this.part = part;
        this.spaces = spaces;
        this.commands = commands;
        this.activity = activity;
        this.rules = rules;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The list, what waits for the viewer first, and the balance of agreed and proposed time, by the same
     * projection as the screens. Members only.
     */
    public ResponsibilityList list(UUID spaceId) {
        return transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            return ResponsibilityProjection.of(part.load(spaceId), space.members(), space.viewer());
        });
    }

    /** One responsibility as the caller sees it. Members only. */
    public ResponsibilityView responsibility(UUID id) {
        return transactions.read(() -> {
            Responsibility item = find(id);
            return view(item, spaces.members(item.spaceId()));
        });
    }

    /** Proposes a new responsibility; the other partner accepts or changes it. */
    public ResponsibilityView propose(UUID spaceId, ResponsibilityDraft draft) {
        ResponsibilityDraft clean = rules.check(draft.normalized());
        return commands.change(spaceId, step -> {
            SpaceMembership me = step.me();
            SpaceService.Membered space = step.members();
            checkOwner(space.members(), clean.ownerId());
            Responsibility item = responsibilities.save(new Responsibility(spaceId, clean, me.accountId(), clock.instant()));
            activity.record(me, Happened.about(ActivityKind.RESPONSIBILITY_PROPOSED, item.id(), clean.title(),
                    String.valueOf(clean.minutesPerWeek())).naming(clean.ownerId()));
            return saved(step, item, space);
        });
    }

    /**
     * Changes a responsibility over the revision the caller saw. It becomes proposed again, by the caller,
     * and says what changed.
     *
     * @throws ResponsibilityConflictException if someone changed it after {@code expectedRevision}
     */
    public ResponsibilityView change(UUID id, int expectedRevision, ResponsibilityDraft draft) {
        ResponsibilityDraft clean = rules.check(draft.normalized());
        return step(id, expectedRevision, (item, me, members) -> {
            checkOwner(members, clean.ownerId());
            ResponsibilityDraft before = item.draft();
            item.change(clean, me.accountId(), LastChange.between(before, clean), clock.instant());
            activity.record(me, Happened.about(ActivityKind.RESPONSIBILITY_CHANGED, item.id(), clean.title(),
                    changedFields(before, clean)));
        });
    }

    /**
     * Agrees to the other partner's proposal, as the caller saw it.
     *
     * @throws RefusedStepException if the caller proposed it, or it is already agreed
     */
    public ResponsibilityView accept(UUID id, int expectedRevision) {
        return step(id, expectedRevision, (item, me, members) -> {
            if (item.isAgreed()) {
                throw new RefusedStepException("refused.responsibility.agreed");
            }
            if (me.accountId().equals(item.proposedBy())) {
                throw new RefusedStepException("refused.responsibility.ownProposal");
            }
            item.accept(me.accountId(), clock.instant());
            activity.record(me, Happened.about(ActivityKind.RESPONSIBILITY_AGREED, item.id(), item.title()));
        });
    }

    /** The owner asks the other partner to take an agreed responsibility over; it moves when they accept. */
    public ResponsibilityView askHandOver(UUID id) {
        return step(id, null, (item, me, members) -> {
            if (!me.accountId().equals(item.ownerId())) {
                throw new RefusedStepException("refused.responsibility.handOver.notOwner");
            }
            if (!item.isAgreed()) {
                throw new RefusedStepException("refused.responsibility.handOver.notAgreed");
            }
            UUID other = otherPartner(members, me.accountId());
            item.askHandOverTo(other);
            activity.record(me, Happened.about(ActivityKind.HAND_OVER_ASKED, item.id(), item.title()).naming(other));
        });
    }

    /** The asked partner takes the responsibility over. */
    public ResponsibilityView acceptHandOver(UUID id) {
        return step(id, null, (item, me, members) -> {
            requireAskedOf(item, me);
            UUID from = item.ownerId();
            item.handOver(clock.instant());
            activity.record(me, Happened.about(ActivityKind.HAND_OVER_ACCEPTED, item.id(), item.title()).naming(from));
        });
    }

    /** The asked partner declines; the owner keeps it. */
    public ResponsibilityView declineHandOver(UUID id) {
        return step(id, null, (item, me, members) -> {
            requireAskedOf(item, me);
            item.declineHandOver();
            activity.record(me, Happened.about(ActivityKind.HAND_OVER_DECLINED, item.id(), item.title()));
        });
    }

    private static void requireAskedOf(Responsibility item, SpaceMembership me) {
        if (!me.accountId().equals(item.handOverTo())) {
            throw new RefusedStepException("refused.responsibility.takeOver.notAsked");
        }
    }

    private interface Step {
        void apply(Responsibility item, SpaceMembership me, SpaceMembers members);
    }

    /**
     * Runs a step on one responsibility through the space's one command path; refuses it if the
     * responsibility is no longer at {@code expectedRevision} (none: the step checks the state it finds).
     */
    private ResponsibilityView step(UUID id, Integer expectedRevision, Step step) {
        return commands.change(() -> responsibilities.findSpaceIdById(id)
                .orElseThrow(() -> new ResponsibilityNotFoundException(id)), change -> {
            Responsibility item = find(id);
            SpaceService.Membered space = change.members();
            if (expectedRevision != null && item.revision() != expectedRevision) {
                throw new ResponsibilityConflictException(view(item, space));
            }
            step.apply(item, change.me(), space.members());
            return saved(change, item, space);
        });
    }

    /** Writes the responsibility, announces its new state and returns the caller's view of it. */
    private ResponsibilityView saved(SpaceCommands.Step step, Responsibility item, SpaceService.Membered space) {
        responsibilities.flush();
        Responsibilities.Item copy = item.copy();
        step.changed(Responsibilities.class, item.id(), all -> all.with(copy));
        return ResponsibilityProjection.view(copy, space.members(), space.viewer());
    }

    private static ResponsibilityView view(Responsibility item, SpaceService.Membered space) {
        return ResponsibilityProjection.view(item.copy(), space.members(), space.viewer());
    }

    private Responsibility find(UUID id) {
        return responsibilities.findById(id).orElseThrow(() -> new ResponsibilityNotFoundException(id));
    }

    private static List<UUID> partners(SpaceMembers members) {
        return members.partners().stream().map(SpaceMembers.Person::accountId).toList();
    }

    private static void checkOwner(SpaceMembers members, UUID ownerId) {
        if (ownerId != null && !partners(members).contains(ownerId)) {
            throw InvalidInputException.of("ownerId", "input.responsibility.owner.foreign");
        }
    }

    private static UUID otherPartner(SpaceMembers members, UUID partner) {
        return partners(members).stream().filter(id -> !id.equals(partner)).findFirst()
                .orElseThrow(() -> new RefusedStepException("refused.responsibility.handOver.nobody"));
    }

    /** What an edit changed, as the activity's detail codes. */
    private static String[] changedFields(ResponsibilityDraft before, ResponsibilityDraft after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.ownerId(), after.ownerId())) {
            changed.add("OWNER");
        }
        if (!Objects.equals(before.doneMeans(), after.doneMeans())) {
            changed.add("DONE_MEANS");
        }
        if (!Objects.equals(before.minutesPerWeek(), after.minutesPerWeek())) {
            changed.add("MINUTES");
        }
        return changed.toArray(String[]::new);
    }
}
