package app.commonground.values;

import app.commonground.activity.ActivityKind;
import app.commonground.activity.ActivityLog;
import app.commonground.activity.Happened;
import app.commonground.base.InputRules;
import app.commonground.base.InvalidInputException;
import app.commonground.base.PlainText;
import app.commonground.base.SpaceMoment;
import app.commonground.base.Text;
import app.commonground.base.Transactions;
import app.commonground.board.BoardService;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemView;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NewNegotiation;
import app.commonground.space.SpaceAccess;
import app.commonground.space.SpaceCommands;
import app.commonground.space.SpaceMembership;
import app.commonground.space.SpaceService;
import app.commonground.values.ValuesViews.Due;
import app.commonground.values.ValuesViews.MyDraft;
import app.commonground.values.ValuesViews.MyPick;
import app.commonground.values.ValuesViews.MySelfCheck;
import app.commonground.values.ValuesViews.ValuesPage;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Boundaries, self-checks, core values and shared values. Every change goes through the space's one command
 * path (partners only, one after the other); a counsellor reads what was shared with them and changes nothing.
 * Drafts, unrevealed values and self-checks are read by their author alone.
 */
@Service
public class ValuesService {

    private static final int MAX_RESTATEMENT = 500;

    private final BoundaryRepository boundaries;
    private final SelfCheckRepository selfChecks;
    private final ValuesPickRepository picks;
    private final SharedValueRepository shared;
    private final ValuesPart part;
    private final SpaceService spaces;
    private final SpaceAccess access;
    private final SpaceCommands commands;
    private final ActivityLog activity;
    private final InputRules rules;
    private final Transactions transactions;
    private final NegotiationService negotiations;
    private final BoardService board;
    private final Clock clock;

    ValuesService(BoundaryRepository boundaries, SelfCheckRepository selfChecks, ValuesPickRepository picks,
                  SharedValueRepository shared, ValuesPart part, SpaceService spaces, SpaceAccess access, SpaceCommands commands,
                  ActivityLog activity, InputRules rules, Transactions transactions, NegotiationService negotiations,
                  BoardService board, Clock clock) {
        this.boundaries = boundaries;
        this.selfChecks = selfChecks;
        this.picks = picks;
        this.shared = shared;
        this.part = part;
        this.spaces = spaces;
        this.access = access;
        this.commands = commands;
        this.activity = activity;
        this.rules = rules;
        this.transactions = transactions;
        this.negotiations = negotiations;
        this.board = board;
        this.clock = clock;
    }

    /** Published boundaries, both partners' values once revealed and the shared values, as the screens project them. */
    public ValuesPage page(UUID spaceId) {
        return transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            return ValuesProjection.page(part.load(spaceId), space.members(), space.viewer(), today());
        });
    }

    /**
     * For the caller's caseload: in each space they observe as a counsellor now, how many of the boundaries they
     * see (by the rule of {@link #page}) were published since that space's {@code from}, in two reads however
     * many spaces. Spaces they do not observe are left out.
     */
    public Map<UUID, Integer> boundariesSharedCounts(Map<UUID, Instant> from) {
        return transactions.read(() -> {
            Map<UUID, SpaceMembership> observed = access.observedNow(from.keySet());
            Map<UUID, Instant> mine = SpaceMoment.only(from, observed.keySet());
            return mine.isEmpty() ? Map.of() : SpaceMoment.countSince(mine,
                    boundaries.findPublishedIn(mine.keySet(), SpaceMoment.earliest(mine)).stream()
                            .filter(b -> observed.get(b.spaceId()).viewer().sees(!b.sharedWithCounsellor()))
                            .map(BoundaryPublished::moment).toList());
        });
    }

    /** The boundaries and shared values the caller sees whose review date has come. */
    public List<Due> dueForReview(UUID spaceId) {
        return transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            return ValuesProjection.due(part.load(spaceId), space.members(), space.viewer(), today());
        });
    }

    /** The caller's own boundary drafts: nobody else ever sees them. */
    public List<MyDraft> myDrafts(UUID spaceId) {
        return transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            return boundaries.findDrafts(spaceId, space.viewer().accountId()).stream().map(Boundary::draft).toList();
        });
    }

    /** The caller's own self-check. */
    public MySelfCheck mySelfCheck(UUID spaceId) {
        return transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            Map<BoundaryKind, Feeling> feelings = new EnumMap<>(BoundaryKind.class);
            selfChecks.findBySpaceIdAndPartnerId(spaceId, space.viewer().accountId())
                    .forEach(check -> feelings.put(check.kind(), check.feeling()));
            return new MySelfCheck(feelings);
        });
    }

    /** The caller's own core values, before the reveal (after it, the page shows them). */
    public MyPick myPick(UUID spaceId) {
        return transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            return picks.findBySpaceIdAndPartnerId(spaceId, space.viewer().accountId())
                    .map(pick -> new MyPick(pick.values(), pick.ready(), pick.sharedWithCounsellor()))
                    .orElse(new MyPick(List.of(), false, false));
        });
    }

    /** Writes a new boundary: a private draft, or published at once. */
    public MyDraft writeBoundary(UUID spaceId, BoundaryDraft draft, boolean publish) {
        BoundaryDraft clean = checked(draft);
        return commands.change(spaceId, change -> {
            Boundary boundary = boundaries.save(new Boundary(spaceId, change.me().accountId(), clean));
            if (publish) {
                boundary.publish(change.me().accountId(), clock.instant());
            }
            announced(change, boundary, publish ? ActivityKind.BOUNDARY_PUBLISHED : null);
            return boundary.draft();
        });
    }

    /** Changes the caller's own boundary, naming the revision they saw; a published one asks for a new acknowledgement. */
    public MyDraft changeBoundary(UUID id, int expectedRevision, BoundaryDraft draft) {
        BoundaryDraft clean = checked(draft);
        return boundaryStep(id, (boundary, me) -> {
            boundary.change(me, expectedRevision, clean);
            return boundary.published() ? ActivityKind.BOUNDARY_CHANGED : null;
        });
    }

    /** Publishes the caller's draft to their partner (and, if they chose so, to their counsellor). */
    public MyDraft publishBoundary(UUID id) {
        return boundaryStep(id, (boundary, me) -> {
            boundary.publish(me, clock.instant());
            return ActivityKind.BOUNDARY_PUBLISHED;
        });
    }

    /** Withdraws the caller's own boundary, draft or published. Nobody else can. */
    public void withdrawBoundary(UUID id) {
        commands.change(spaceOfBoundary(id), change -> {
            Boundary boundary = findBoundary(id, change);
            boundary.requireAuthor(change.me().accountId(), "refused.boundary.notAuthor.withdraw");
            boolean published = boundary.published();
            boundaries.delete(boundary);
            boundaries.flush();
            if (published) {
                Values.BoundaryItem was = boundary.shared();
                activity.record(change.me(), Happened.about(ActivityKind.BOUNDARY_WITHDRAWN, id, null,
                        was.kind().name()).keptFromCounsellor(!was.sharedWithCounsellor()));
            }
            change.changed(Values.class, id, all -> all.without(id));
            return null;
        });
    }

    /**
     * The other partner puts the boundary in their own words, naming the revision of it they read; its author
     * then answers. A restatement of words the author has changed meanwhile is refused.
     */
    public void restateBoundary(UUID id, int expectedRevision, String restatement) {
        String text = text("restatement", restatement, MAX_RESTATEMENT, "input.boundary.restatement.required");
        boundaryStep(id, (boundary, me) -> {
            boundary.restate(me, expectedRevision, text);
            return ActivityKind.BOUNDARY_RESTATED;
        });
    }

    /** The author answers the restatement: "yes, you got it", or "not quite" with what was missed. */
    public void answerRestatement(UUID id, boolean gotIt, String correction) {
        String note = gotIt ? null : text("correction", correction, MAX_RESTATEMENT, "input.correction.required");
        boundaryStep(id, (boundary, me) -> {
            boundary.answer(me, gotIt, note);
            return gotIt ? ActivityKind.BOUNDARY_CONFIRMED : ActivityKind.BOUNDARY_NOT_QUITE;
        });
    }

    /**
     * The other partner asks to talk about a boundary: a negotiation opens on it (the boundary itself does not
     * change). Once per boundary. The negotiation's title is worded by {@code title} from the boundary's kind and
     * the day it opens alone, never from its words, which may be kept from the counsellor, who sees every
     * negotiation's title.
     *
     * @return the negotiation
     */
    public UUID talkAbout(UUID id, TalkTitle title) {
        return commands.change(spaceOfBoundary(id), change -> {
            Boundary boundary = findBoundary(id, change);
            boundary.requireTalkable(change.me().accountId());
            UUID negotiation = negotiations.open(boundary.spaceId(),
                    new NewNegotiation(title.of(boundary.kind(), today()), null));
            boundary.talkAbout(change.me().accountId(), negotiation);
            announced(change, boundary, null);
            return negotiation;
        });
    }

    /** The title of a negotiation about a boundary ("About a time boundary, Dec 7"), in the asker's language. */
    @FunctionalInterface
    public interface TalkTitle {

        /** @param day the day the negotiation opens */
        String of(BoundaryKind kind, LocalDate day);
    }

    /** Notes, for the caller alone, how one kind of boundary feels to them now. */
    public MySelfCheck selfCheck(UUID spaceId, BoundaryKind kind, Feeling feeling) {
        if (kind == null || feeling == null) {
            throw InvalidInputException.of("feeling", "input.values.feeling.required");
        }
        commands.change(spaceId, change -> {
            UUID me = change.me().accountId();
            selfChecks.findBySpaceIdAndPartnerId(spaceId, me).stream().filter(c -> c.kind() == kind).findFirst()
                    .ifPresentOrElse(check -> check.feel(feeling),
                            () -> selfChecks.save(new SelfCheck(spaceId, me, kind, feeling)));
            nothingShared(change, spaceId);
            return null;
        });
        return mySelfCheck(spaceId);
    }

    /** Sets the caller's core values, in order (up to five, from the list or their own), before they are ready. */
    public MyPick chooseValues(UUID spaceId, List<String> values, boolean sharedWithCounsellor) {
        List<String> clean = values(values);
        return commands.change(spaceId, change -> {
            ValuesPick pick = pickOf(spaceId, change);
            pick.choose(clean, sharedWithCounsellor);
            announced(change, pick, null);
            return new MyPick(pick.values(), pick.ready(), pick.sharedWithCounsellor());
        });
    }

    /** Marks the caller's values ready, or takes them back; when both partners are ready, both lists are revealed. */
    public MyPick valuesReady(UUID spaceId, boolean ready) {
        return commands.change(spaceId, change -> {
            ValuesPick mine = pickOf(spaceId, change);
            boolean was = mine.ready();
            mine.setReady(ready);
            List<ValuesPick> both = picks.findBySpaceId(spaceId);
            boolean reveal = ready && both.size() == 2 && both.stream().allMatch(ValuesPick::ready);
            if (reveal) {
                both.forEach(pick -> pick.reveal(clock.instant()));
                both.stream().filter(pick -> pick != mine).forEach(pick -> announced(change, pick, null));
            }
            announced(change, mine, reveal ? ActivityKind.VALUES_REVEALED : was == ready ? null
                    : ready ? ActivityKind.VALUES_READY : ActivityKind.VALUES_NOT_READY);
            return new MyPick(mine.values(), mine.ready(), mine.sharedWithCounsellor());
        });
    }

    /** Proposes a value to share; the other partner accepts it or changes it. */
    public UUID proposeValue(UUID spaceId, SharedValueDraft draft) {
        SharedValueDraft clean = checked(spaceId, draft);
        return commands.change(spaceId, change -> {
            SharedValue value = shared.save(new SharedValue(spaceId, change.me().accountId(), clean));
            announced(change, value, ActivityKind.SHARED_VALUE_PROPOSED);
            return value.shared().id();
        });
    }

    /** Changes a shared value, naming the revision the caller saw: it becomes their proposal. */
    public void changeValue(UUID id, int expectedRevision, SharedValueDraft draft) {
        UUID spaceId = transactions.read(() -> spaceOfValue(id).apply(id));
        SharedValueDraft clean = checked(spaceId, draft);
        valueStep(id, (value, me) -> {
            value.change(me, expectedRevision, clean);
            return ActivityKind.SHARED_VALUE_CHANGED;
        });
    }

    /** The partner who did not propose a shared value accepts it. */
    public void acceptValue(UUID id, int expectedRevision) {
        valueStep(id, (value, me) -> {
            value.accept(me, expectedRevision, clock.instant());
            return ActivityKind.SHARED_VALUE_AGREED;
        });
    }

    private interface Step<T> {
        ActivityKind apply(T subject, UUID me);
    }

    private MyDraft boundaryStep(UUID id, Step<Boundary> step) {
        return commands.change(spaceOfBoundary(id), change -> {
            Boundary boundary = findBoundary(id, change);
            announced(change, boundary, step.apply(boundary, change.me().accountId()));
            return boundary.draft();
        });
    }

    private void valueStep(UUID id, Step<SharedValue> step) {
        commands.change(() -> spaceOfValue(id).apply(id), change -> {
            SharedValue value = shared.findById(id).orElseThrow(() -> new ValuesNotFoundException(id));
            announced(change, value, step.apply(value, change.me().accountId()));
            return null;
        });
    }

    /**
     * Writes a boundary's step and announces it: a published boundary to the model; a draft is never in it, so
     * the model only learns that it is gone, if it ever was there.
     */
    private void announced(SpaceCommands.Step change, Boundary boundary, ActivityKind said) {
        boundary.changedIn(change.revision());
        boundaries.flush();
        Values.BoundaryItem copy = boundary.shared();
        if (said != null) {
            UUID other = said == ActivityKind.BOUNDARY_RESTATED ? copy.authorId()
                    : said == ActivityKind.BOUNDARY_CONFIRMED || said == ActivityKind.BOUNDARY_NOT_QUITE
                    ? listenerOf(change) : null;
            activity.record(change.me(), otherAbout(said, copy.id(), copy.kind(), other)
                    .keptFromCounsellor(!copy.sharedWithCounsellor()));
        }
        if (boundary.published()) {
            change.changed(Values.class, copy.id(), all -> all.with(copy));
        } else {
            nothingShared(change, copy.id());
        }
    }

    /**
     * A private step still counts one of the space's revisions: it is announced as a change of nothing, so the
     * other servers see no gap in the revisions (and reload nothing), and no screen shows anything new.
     */
    private static void nothingShared(SpaceCommands.Step change, UUID id) {
        change.changed(Values.class, id, all -> all);
    }

    private static Happened otherAbout(ActivityKind kind, UUID subject, BoundaryKind boundaryKind, UUID other) {
        Happened what = Happened.about(kind, subject, null, boundaryKind.name());
        return other == null ? what : what.naming(other);
    }

    /** The partner who is not the caller. */
    private static UUID listenerOf(SpaceCommands.Step change) {
        return change.members().members().details(change.members().viewer()).partners().stream()
                .map(app.commonground.space.Member::accountId).filter(id -> !id.equals(change.me().accountId()))
                .findFirst().orElse(null);
    }

    private void announced(SpaceCommands.Step change, ValuesPick pick, ActivityKind said) {
        pick.changedIn(change.revision());
        picks.flush();
        if (said != null) {
            activity.record(change.me(), Happened.inSpace(said));
        }
        Values.Pick copy = pick.shared();
        change.changed(Values.class, copy.id(), all -> all.with(copy));
    }

    private void announced(SpaceCommands.Step change, SharedValue value, ActivityKind said) {
        value.changedIn(change.revision());
        shared.flush();
        Values.SharedItem copy = value.shared();
        if (said != null) {
            activity.record(change.me(), Happened.about(said, copy.id(), null)
                    .keptFromCounsellor(!copy.sharedWithCounsellor()));
        }
        change.changed(Values.class, copy.id(), all -> all.with(copy));
    }

    private ValuesPick pickOf(UUID spaceId, SpaceCommands.Step change) {
        UUID me = change.me().accountId();
        return picks.findBySpaceIdAndPartnerId(spaceId, me).orElseGet(() -> picks.save(new ValuesPick(spaceId, me)));
    }

    /** A boundary of the space the command runs in; another's draft is "not found", like one that never was. */
    private Boundary findBoundary(UUID id, SpaceCommands.Step change) {
        return boundaries.findById(id)
                .filter(b -> b.published() || b.authorId().equals(change.me().accountId()))
                .orElseThrow(() -> new ValuesNotFoundException(id));
    }

    private java.util.function.Supplier<UUID> spaceOfBoundary(UUID id) {
        return () -> boundaries.findSpaceIdById(id).orElseThrow(() -> new ValuesNotFoundException(id));
    }

    private Function<UUID, UUID> spaceOfValue(UUID id) {
        return ignored -> shared.findSpaceIdById(id).orElseThrow(() -> new ValuesNotFoundException(id));
    }

    private BoundaryDraft checked(BoundaryDraft draft) {
        BoundaryDraft clean = rules.check(draft.normalized());
        if (clean.reviewDate() != null && !clean.reviewDate().isAfter(today())) {
            throw InvalidInputException.of("reviewDate", "input.reviewDate.future");
        }
        return clean;
    }

    /** A shared value's draft, its goals checked to be shared goals of this space that the caller sees. */
    private SharedValueDraft checked(UUID spaceId, SharedValueDraft draft) {
        SharedValueDraft clean = rules.check(draft.normalized());
        if (clean.reviewDate() != null && !clean.reviewDate().isAfter(today())) {
            throw InvalidInputException.of("reviewDate", "input.reviewDate.future");
        }
        if (!clean.goalIds().isEmpty()) {
            Set<UUID> goals = board.board(spaceId).columns().stream().filter(column -> column.shared())
                    .flatMap(column -> column.items().stream()).filter(item -> item.kind() == ItemKind.GOAL)
                    .map(ItemView::id).collect(Collectors.toSet());
            if (!goals.containsAll(clean.goalIds())) {
                throw InvalidInputException.of("goalIds", "input.values.goals.foreign");
            }
        }
        return clean;
    }

    private static List<String> values(List<String> given) {
        List<String> clean = new ArrayList<>();
        for (String value : given == null ? List.<String>of() : given) {
            String text = Text.orNull(value);
            if (text == null) {
                continue;
            }
            if (text.length() > CoreValues.MAX_LENGTH) {
                throw InvalidInputException.of("values", "input.values.value.tooLong", CoreValues.MAX_LENGTH);
            }
            if (!new PlainText.Check().isValid(text, null) || text.contains("\n")) {
                throw InvalidInputException.of("values", PlainText.MESSAGE);
            }
            if (clean.stream().anyMatch(kept -> kept.equalsIgnoreCase(text))) {
                throw InvalidInputException.of("values", "input.values.value.twice");
            }
            clean.add(text);
        }
        if (clean.size() > CoreValues.MAX_PICKS) {
            throw InvalidInputException.of("values", "input.values.tooMany");
        }
        return clean;
    }

    private static String text(String field, String value, int max, String whenEmpty) {
        String clean = Text.orNull(value);
        if (clean == null) {
            throw InvalidInputException.of(field, whenEmpty);
        }
        if (clean.length() > max) {
            throw InvalidInputException.of(field, "input.tooLong", max);
        }
        if (!new PlainText.Check().isValid(clean, null)) {
            throw InvalidInputException.of(field, PlainText.MESSAGE);
        }
        return clean;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
