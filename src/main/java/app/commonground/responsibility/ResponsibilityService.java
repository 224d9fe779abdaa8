package app.commonground.responsibility;

import app.commonground.activity.ActivityKind;
import app.commonground.activity.ActivityLog;
import app.commonground.activity.Happened;
import app.commonground.base.InputRules;
import app.commonground.base.live.SpaceChange;
import app.commonground.base.Transactions;
import app.commonground.base.InvalidInputException;
import app.commonground.space.Member;
import app.commonground.space.SpaceAccess;
import app.commonground.space.SpaceDetails;
import app.commonground.space.SpaceMembership;
import app.commonground.space.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final SpaceAccess access;
    private final SpaceService spaces;
    private final ActivityLog activity;
    private final InputRules rules;
    private final ApplicationEventPublisher events;
    private final Transactions transactions;
    private final Clock clock;

    ResponsibilityService(ResponsibilityRepository responsibilities, SpaceAccess access, SpaceService spaces,
                          ActivityLog activity, InputRules rules, ApplicationEventPublisher events,
                          Transactions transactions, Clock clock) {
        this.responsibilities = responsibilities;
        this.access = access;
        this.spaces = spaces;
        this.activity = activity;
        this.rules = rules;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
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

    /** The list, what waits for the viewer first, and the balance of agreed and proposed time. Members only. */
    public ResponsibilityList list(UUID spaceId) {
        return transactions.read(() -> {
            Viewer viewer = new Viewer(spaces.details(spaceId));
            List<Responsibility> all = responsibilities.findBySpaceIdOrderByTitleAsc(spaceId);
            List<ResponsibilityView> views = all.stream().map(viewer::view)
                    .sorted(Comparator.comparing((ResponsibilityView r) -> !r.needsViewer())
                            .thenComparing(ResponsibilityView::area)
                            .thenComparing(ResponsibilityView::title, String.CASE_INSENSITIVE_ORDER))
                    .toList();
            return new ResponsibilityList(views, viewer.balance(all));
        });
    }

    /** One responsibility as the caller sees it. Members only. */
    public ResponsibilityView responsibility(UUID id) {
        return transactions.read(() -> {
            Responsibility item = find(id);
            access.requireReader(item.spaceId());
            return new Viewer(spaces.details(item.spaceId())).view(item);
        });
    }

    /** Proposes a new responsibility; the other partner accepts or changes it. */
    public ResponsibilityView propose(UUID spaceId, ResponsibilityDraft draft) {
        ResponsibilityDraft clean = rules.check(draft.normalized());
        return transactions.write(() -> {
            SpaceMembership me = access.requireEditor(spaceId);
            Viewer viewer = new Viewer(spaces.details(spaceId));
            viewer.checkOwner(clean.ownerId());
            Responsibility item = responsibilities.save(new Responsibility(spaceId, clean, me.accountId(), clock.instant()));
            activity.record(me, Happened.about(ActivityKind.RESPONSIBILITY_PROPOSED, item.id(), clean.title(),
                    String.valueOf(clean.minutesPerWeek())).naming(clean.ownerId()));
            announce(item);
            return viewer.view(item);
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
        return step(id, expectedRevision, (item, me, viewer) -> {
            viewer.checkOwner(clean.ownerId());
            ResponsibilityDraft before = item.draft();
            String what = viewer.describeChange(before, clean);
            item.change(clean, me.accountId(), what, clock.instant());
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
        return step(id, expectedRevision, (item, me, viewer) -> {
            if (item.isAgreed()) {
                throw new RefusedStepException("This is already agreed.");
            }
            if (item.proposedBy().equals(me.accountId())) {
                throw new RefusedStepException("You proposed this, so your partner is the one to accept it.");
            }
            item.accept(me.accountId(), clock.instant());
            activity.record(me, Happened.about(ActivityKind.RESPONSIBILITY_AGREED, item.id(), item.title()));
        });
    }

    /** The owner asks the other partner to take an agreed responsibility over; it moves when they accept. */
    public ResponsibilityView askHandOver(UUID id) {
        return step(id, null, (item, me, viewer) -> {
            if (!me.accountId().equals(item.ownerId())) {
                throw new RefusedStepException("Only the owner can ask to hand this over.");
            }
            if (!item.isAgreed()) {
                throw new RefusedStepException("Agree on it first; then it can be handed over.");
            }
            UUID other = viewer.otherPartner(me.accountId());
            item.askHandOverTo(other);
            activity.record(me, Happened.about(ActivityKind.HAND_OVER_ASKED, item.id(), item.title()).naming(other));
        });
    }

    /** The asked partner takes the responsibility over. */
    public ResponsibilityView acceptHandOver(UUID id) {
        return step(id, null, (item, me, viewer) -> {
            requireAskedOf(item, me);
            UUID from = item.ownerId();
            item.handOver(clock.instant());
            activity.record(me, Happened.about(ActivityKind.HAND_OVER_ACCEPTED, item.id(), item.title()).naming(from));
        });
    }

    /** The asked partner declines; the owner keeps it. */
    public ResponsibilityView declineHandOver(UUID id) {
        return step(id, null, (item, me, viewer) -> {
            requireAskedOf(item, me);
            item.declineHandOver();
            activity.record(me, Happened.about(ActivityKind.HAND_OVER_DECLINED, item.id(), item.title()));
        });
    }

    private static void requireAskedOf(Responsibility item, SpaceMembership me) {
        if (!me.accountId().equals(item.handOverTo())) {
            throw new RefusedStepException("Nobody asked you to take this over.");
        }
    }

    private interface Step {
        void apply(Responsibility item, SpaceMembership me, Viewer viewer);
    }

    private ResponsibilityView step(UUID id, Integer expectedRevision, Step step) {
        try {
            return transactions.write(() -> {
                Responsibility item = find(id);
                SpaceMembership me = access.requireEditor(item.spaceId());
                Viewer viewer = new Viewer(spaces.details(item.spaceId()));
                if (expectedRevision != null && item.revision() != expectedRevision) {
                    throw new ResponsibilityConflictException(viewer.view(item));
                }
                step.apply(item, me, viewer);
                responsibilities.flush();
                announce(item);
                return viewer.view(item);
            });
        } catch (ObjectOptimisticLockingFailureException lostRace) {
            throw new ResponsibilityConflictException(responsibility(id));
        }
    }

    private Responsibility find(UUID id) {
        return responsibilities.findById(id).orElseThrow(() -> new ResponsibilityNotFoundException(id));
    }

    private void announce(Responsibility item) {
        events.publishEvent(SpaceChange.reread(item.spaceId(), 0, ResponsibilityChanges.class, item.id()));
    }

    /** How one member sees the list: names, what waits for them, and the balance. */
    private static final class Viewer {

        private final SpaceDetails space;
        private final UUID viewerId;

        Viewer(SpaceDetails space) {
            this.space = space;
            this.viewerId = space.viewerId();
        }

        String name(UUID accountId) {
            return space.nameOf(accountId);
        }

        String ownerName(UUID ownerId) {
            return ownerId == null ? "Both of you" : name(ownerId);
        }

        void checkOwner(UUID ownerId) {
            if (ownerId != null && space.partners().stream().noneMatch(p -> p.accountId().equals(ownerId))) {
                throw InvalidInputException.of("ownerId", "Choose one of you, or both of you together");
            }
        }

        UUID otherPartner(UUID partner) {
            return space.partners().stream().map(Member::accountId).filter(id -> !id.equals(partner)).findFirst()
                    .orElseThrow(() -> new RefusedStepException("There is nobody to hand this over to yet."));
        }

        String describeChange(ResponsibilityDraft before, ResponsibilityDraft after) {
            // (still a sentence, stored as the card's "last change"; the activity line is structured)
            List<String> changes = new ArrayList<>();
            if (!Objects.equals(before.ownerId(), after.ownerId())) {
                changes.add("the owner from " + ownerName(before.ownerId()) + " to " + ownerName(after.ownerId()));
            }
            if (!Objects.equals(before.doneMeans(), after.doneMeans())) {
                changes.add("“done means” from “" + before.doneMeans() + "” to “" + after.doneMeans() + "”");
            }
            if (!Objects.equals(before.minutesPerWeek(), after.minutesPerWeek())) {
                changes.add("the estimate from " + before.minutesPerWeek() + " to " + after.minutesPerWeek()
                        + " min a week");
            }
            return changes.isEmpty() ? "changed the details" : "changed " + String.join("; ", changes);
        }

        ResponsibilityView view(Responsibility item) {
            boolean partner = space.viewerIsPartner();
            boolean waiting = partner && !item.isAgreed() && !item.proposedBy().equals(viewerId);
            return new ResponsibilityView(item.id(), item.revision(), item.title(), item.area(), item.ownerId(),
                    ownerName(item.ownerId()), item.cadence(), item.doneMeans(), item.minutesPerWeek(), item.notes(),
                    item.state(), name(item.proposedBy()), waiting,
                    item.agreedBy() == null ? null : name(item.agreedBy()), item.agreedAt(), item.lastChange(),
                    item.handOverTo() == null ? null : name(item.handOverTo()),
                    partner && viewerId.equals(item.handOverTo()), viewerId.equals(item.ownerId()), partner);
        }

        List<PartnerTime> balance(List<Responsibility> all) {
            List<Member> partners = space.partners();
            return partners.stream().map(p -> new PartnerTime(p.accountId(), p.name(),
                    share(all, p.accountId(), true, partners.size()), share(all, p.accountId(), false, partners.size())))
                    .toList();
        }

        private static double share(List<Responsibility> all, UUID partner, boolean agreed, int partners) {
            return all.stream().filter(r -> r.isAgreed() == agreed)
                    .mapToDouble(r -> r.ownerId() == null ? (double) r.minutesPerWeek() / Math.max(1, partners)
                            : r.ownerId().equals(partner) ? r.minutesPerWeek() : 0)
                    .sum();
        }
    }
}
