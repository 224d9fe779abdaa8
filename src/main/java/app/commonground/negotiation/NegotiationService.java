package app.commonground.negotiation;

import app.commonground.activity.ActivityKind;
import app.commonground.activity.ActivityLog;
import app.commonground.activity.Happened;
import app.commonground.base.InputRules;
import app.commonground.base.Transactions;
import app.commonground.base.InvalidInputException;
import app.commonground.base.PlainText;
import app.commonground.base.Text;
import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemStatus;
import app.commonground.board.ItemView;
import app.commonground.negotiation.NegotiationViews.CaseCounts;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NegotiationViews.MyDraft;
import app.commonground.negotiation.NegotiationViews.Summary;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.responsibility.ResponsibilityView;
import app.commonground.space.Member;
import app.commonground.space.SpaceAccess;
import app.commonground.space.SpaceCommands;
import app.commonground.space.SpaceDetails;
import app.commonground.space.SpaceMembership;
import app.commonground.space.SpaceService;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Negotiations between the two partners, step by step. Each step checks that the caller is a partner and
 * that it is their turn; a counsellor reads what has been revealed and changes nothing; drafts stay with
 * their authors until both are ready.
 */
@Service
public class NegotiationService {

    static final int MAX_CORE_NEEDS = 3;
    static final int MAX_FLEXIBLE = 20;
    static final int MAX_ITEM = 200;

    private final NegotiationRepository negotiations;
    private final NegotiationsPart part;
    private final SpaceAccess access;
    private final SpaceService spaces;
    private final ActivityLog activity;
    private final InputRules rules;
    private final ResponsibilityService responsibilities;
    private final BoardService board;
    private final SpaceCommands commands;
    private final Transactions transactions;
    private final Clock clock;

    NegotiationService(NegotiationRepository negotiations, NegotiationsPart part, SpaceAccess access, SpaceService spaces,
                       ActivityLog activity, InputRules rules, ResponsibilityService responsibilities,
                       BoardService board, SpaceCommands commands, Transactions transactions, Clock clock) {
        this.negotiations = negotiations;
        this.part = part;
        this.access = access;
        this.spaces = spaces;
        this.activity = activity;
        this.rules = rules;
        this.responsibilities = responsibilities;
        this.board = board;
        this.commands = commands;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The space's negotiations, newest first, with their step and whose turn it is, as the screens project them. */
    public List<Summary> list(UUID spaceId) {
        return transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            return NegotiationProjection.list(part.load(spaceId), space.members(), space.viewer(), today());
        });
    }

    /**
     * For the caller's caseload: in each of these spaces they observe as a counsellor now, the agreements due for
     * review and the negotiations waiting long on one step, by the rules of {@link #list}, in two reads however
     * many spaces. Spaces they do not observe are left out.
     */
    public Map<UUID, CaseCounts> caseCounts(Collection<UUID> spaceIds) {
        return transactions.read(() -> {
            Set<UUID> observed = access.observedNow(spaceIds).keySet();
            LocalDate today = today();
            Map<UUID, List<NegotiationStanding>> standing = (observed.isEmpty() ? List.<NegotiationStanding>of()
                    : negotiations.findStandingIn(observed)).stream()
                    .collect(Collectors.groupingBy(NegotiationStanding::spaceId));
            return observed.stream().collect(Collectors.toUnmodifiableMap(spaceId -> spaceId, spaceId -> {
                List<NegotiationStanding> all = standing.getOrDefault(spaceId, List.of());
                return new CaseCounts(
                        (int) all.stream().filter(n -> NegotiationProjection.dueForReview(n.step(), n.reviewDate(), today)).count(),
                        (int) all.stream().filter(n -> NegotiationProjection.waitingLong(n.step(), n.stepSince(), today)).count());
            }));
        });
    }

    /**
     * One negotiation as the caller may see it, with the caller's own draft before the reveal (which their
     * screen then holds): never the other partner's draft.
     */
    public Detail negotiation(UUID id) {
        return transactions.read(() -> {
            Negotiation negotiation = find(id);
            return detail(negotiation, spaces.members(negotiation.spaceId()));
        });
    }

    /** Opens a negotiation on a topic; both partners start writing their private drafts. */
    public UUID open(UUID spaceId, NewNegotiation topic) {
        NewNegotiation clean = rules.check(topic.normalized());
        return commands.change(spaceId, change -> {
            SpaceMembership me = change.me();
            SpaceDetails space = change.members().members().details(change.members().viewer());
            if (space.awaitingPartner()) {
                throw new NegotiationStepException("refused.negotiation.needsBoth");
            }
            Negotiation negotiation = negotiations.save(new Negotiation(spaceId, clean.title(), clean.situation(),
                    me.accountId(), space.partners().stream().map(Member::accountId).toList(), clock.instant()));
            activity.record(me, Happened.about(ActivityKind.NEGOTIATION_OPENED, negotiation.id(), clean.title()));
            announced(change, negotiation);
            return negotiation.id();
        });
    }

    /** Saves the caller's private draft: one to three core needs and any flexible areas. */
    public Detail saveDraft(UUID id, List<String> coreNeeds, List<String> flexible) {
        List<String> core = items("coreNeeds", coreNeeds, MAX_CORE_NEEDS,
                "input.negotiation.coreNeeds.tooMany");
        List<String> open = items("flexible", flexible, MAX_FLEXIBLE, "input.negotiation.flexible.tooMany");
        return step(id, (negotiation, me) -> negotiation.writeDraft(me.accountId(), core, open), null);
    }

    /** Marks the caller's draft ready, or takes it back while the other is not ready yet. */
    public Detail setReady(UUID id, boolean ready) {
        return step(id, (negotiation, me) -> {
            negotiation.setReady(me.accountId(), ready, clock.instant());
            return Said.that(negotiation.revealed() ? ActivityKind.POSITIONS_REVEALED
                    : ready ? ActivityKind.DRAFT_READY : ActivityKind.DRAFT_NOT_READY);
        });
    }

    /** The caller restates the other partner's core needs in their own words. */
    public Detail restate(UUID id, String restatement) {
        String text = text("restatement", restatement, 1000, "input.negotiation.restatement.required");
        return step(id, (negotiation, me) -> negotiation.restate(me.accountId(), text), Said.that(ActivityKind.RESTATED));
    }

    /** The caller answers the restatement of their own needs: "yes, you got it", or a correction. */
    public Detail answerRestatement(UUID id, boolean gotIt, String correction) {
        String text = gotIt ? null : text("correction", correction, 1000, "input.correction.required");
        return step(id, (negotiation, me) -> {
            negotiation.answerMirror(me.accountId(), gotIt, text, clock.instant());
            return Said.that(gotIt ? ActivityKind.RESTATEMENT_CONFIRMED : ActivityKind.RESTATEMENT_NOT_QUITE);
        });
    }

    /** Adds an option either partner can rate. */
    public Detail addOption(UUID id, String option) {
        String text = text("option", option, 300, "input.negotiation.option.required");
        return step(id, (negotiation, me) -> negotiation.addOption(me.accountId(), text, clock.instant()),
                new Said(ActivityKind.OPTION_ADDED, text, null));
    }

    /**
     * Rates an option from 0 (can't live with it) to 10 (delighted), once; hidden until both rated it. The
     * activity gets one line when the partner has rated every option, not one per rating.
     */
    public Detail rate(UUID id, UUID optionId, int score) {
        if (score < 0 || score > 10) {
            throw InvalidInputException.of("score", "input.negotiation.score.range");
        }
        return step(id, (negotiation, me) -> {
            negotiation.rate(me.accountId(), optionId, score);
            long rated = negotiation.options().stream().filter(o -> o.ratingBy(me.accountId()).isPresent()).count();
            boolean all = rated == negotiation.options().size();
            return !all ? null : new Said(ActivityKind.OPTIONS_RATED, null, String.valueOf(rated));
        });
    }

    /** Proposes a rated option as the outcome, with a review date after today. */
    public Detail proposeOutcome(UUID id, UUID optionId, LocalDate reviewDate) {
        if (reviewDate == null || !reviewDate.isAfter(today())) {
            throw InvalidInputException.of("reviewDate", "input.reviewDate.future");
        }
        return step(id, (negotiation, me) -> {
            negotiation.proposeAgreement(me.accountId(), optionId, reviewDate);
            return new Said(ActivityKind.OUTCOME_PROPOSED, negotiation.option(optionId).text(), null);
        });
    }

    /** The other partner signs the proposed outcome: it is agreed. */
    public Detail sign(UUID id) {
        return step(id, (negotiation, me) -> {
            negotiation.sign(me.accountId(), clock.instant());
            return new Said(ActivityKind.OUTCOME_SIGNED, negotiation.proposedOption().orElseThrow().text(), null);
        });
    }

    /** The other partner declines the proposed outcome with a note; back to the options. */
    public Detail decline(UUID id, String note) {
        String text = text("note", note, 500, "input.negotiation.note.required");
        return step(id, (negotiation, me) -> negotiation.decline(me.accountId(), text),
                Said.that(ActivityKind.OUTCOME_DECLINED));
    }

    /**
     * Turns the agreed outcome into a proposed responsibility for both, ready to adjust; once only, so a
     * second click (or the other partner's) is refused instead of making a copy.
     */
    public ResponsibilityView turnIntoResponsibility(UUID id) {
        return convert(id, true, agreed -> {
            ResponsibilityView made = responsibilities.propose(agreed.spaceId(), new ResponsibilityDraft(
                    agreed.outcome(), Area.OTHER, null, Cadence.OCCASIONALLY, "As agreed in “" + agreed.title() + "”",
                    0, null));
            agreed.negotiation().convertedIntoResponsibility(made.id());
            return made;
        });
    }

    /** Turns the agreed outcome into a shared goal on the board; once only, like a responsibility. */
    public ItemView turnIntoSharedGoal(UUID id) {
        return convert(id, false, agreed -> {
            ItemView made = board.add(agreed.spaceId(), BoardService.Placement.SHARED, new ItemDraft(ItemKind.GOAL,
                    agreed.outcome(), "Agreed in “" + agreed.title() + "”", ItemStatus.ACTIVE, null, null));
            agreed.negotiation().convertedIntoSharedGoal(made.id());
            return made;
        });
    }

    /** 119 characters and an ellipsis, never cutting an emoji (a surrogate pair) in half. */
    private static String shortened(String text) {
        int end = Character.isHighSurrogate(text.charAt(118)) ? 118 : 119;
        return text.substring(0, end) + "…";
    }

    private record Agreed(Negotiation negotiation, UUID spaceId, String title, String outcome) {
    }

    private <T> T convert(UUID id, boolean intoResponsibility, Function<Agreed, T> conversion) {
        return commands.change(spaceOf(id), change -> {
            Negotiation negotiation = find(id);
            negotiation.requireNotYetConverted(intoResponsibility);
            String outcome = negotiation.proposedOption().orElseThrow().text();
            T made = conversion.apply(new Agreed(negotiation, negotiation.spaceId(), negotiation.title(),
                    outcome.length() > 120 ? shortened(outcome) : outcome));
            announced(change, negotiation);
            return made;
        });
    }

    /** A step: changes the negotiation and says what happened for the activity feed (null: nothing to say). */
    private interface Step {
        Said apply(Negotiation negotiation, SpaceMembership me);
    }

    /** What a step says in the activity, besides the negotiation's own title: its kind, an option, a count. */
    private record Said(ActivityKind kind, String quote, String detail) {
        static Said that(ActivityKind kind) {
            return new Said(kind, null, null);
        }
    }

    private interface QuietStep {
        void apply(Negotiation negotiation, SpaceMembership me);
    }

    private Detail step(UUID id, QuietStep step, Said said) {
        return step(id, (negotiation, me) -> {
            step.apply(negotiation, me);
            return said;
        });
    }

    /**
     * Runs a step through the space's one command path: the space's lock puts the partners' steps one after the
     * other, and each step checks the state it finds (refused when it no longer applies).
     */
    private Detail step(UUID id, Step step) {
        return commands.change(spaceOf(id), change -> {
            Negotiation negotiation = find(id);
            SpaceMembership me = change.me();
            Said said = step.apply(negotiation, me);
            Detail detail = announced(change, negotiation);
            if (said != null) {
                Happened what = said.detail() == null
                        ? Happened.about(said.kind(), negotiation.id(), negotiation.title())
                        : Happened.about(said.kind(), negotiation.id(), negotiation.title(), said.detail());
                activity.record(me, said.quote() == null ? what : what.quoting(said.quote()));
            }
            return detail;
        });
    }

    /** The negotiation with its drafts; the caller's access is checked by the command, or by the read. */
    private Negotiation find(UUID id) {
        return negotiations.findWithDraftsById(id).orElseThrow(() -> new NegotiationNotFoundException(id));
    }

    private Supplier<UUID> spaceOf(UUID id) {
        return () -> negotiations.findSpaceIdById(id).orElseThrow(() -> new NegotiationNotFoundException(id));
    }

    /**
     * Writes the step, announces the negotiation's new shared state to the space's live models (no draft's words
     * in it) and returns the caller's view of it.
     */
    private Detail announced(SpaceCommands.Step change, Negotiation negotiation) {
        negotiation.changedIn(change.revision());
        negotiations.flush();
        Negotiations.Item copy = negotiation.shared();
        change.changed(Negotiations.class, negotiation.id(), all -> all.with(copy));
        return detail(copy, negotiation, change.members());
    }

    private Detail detail(Negotiation negotiation, SpaceService.Membered space) {
        return detail(negotiation.shared(), negotiation, space);
    }

    private Detail detail(Negotiations.Item shared, Negotiation negotiation, SpaceService.Membered space) {
        MyDraft mine = negotiation.positions().stream()
                .filter(position -> space.viewer().readsPrivateTextOf(position.partnerId())).findFirst()
                .map(position -> new MyDraft(position.coreNeeds(), position.flexible(), position.ready()))
                .orElse(null);
        return NegotiationProjection.detail(shared, space.members(), space.viewer(), today(), mine);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static List<String> items(String field, List<String> items, int max, String tooMany) {
        List<String> given = items == null ? List.of() : items;
        if (given.size() > max) {
            throw InvalidInputException.of(field, tooMany);
        }
        List<String> clean = given.stream().map(item -> text(field, item, MAX_ITEM, "input.items.empty")).toList();
        if (clean.stream().anyMatch(item -> item.contains("\n"))) {
            throw InvalidInputException.of(field, "input.items.oneLine");
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
}
