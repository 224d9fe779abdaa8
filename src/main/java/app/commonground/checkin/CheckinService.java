package app.commonground.checkin;

import app.commonground.activity.ActivityEntry;
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
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemStatus;
import app.commonground.board.ItemView;
import app.commonground.checkin.CheckinViews.AgendaKind;
import app.commonground.checkin.CheckinViews.AgendaLine;
import app.commonground.checkin.CheckinViews.CheckinPage;
import app.commonground.checkin.CheckinViews.CheckinView;
import app.commonground.checkin.CheckinViews.MyRatings;
import app.commonground.checkin.CheckinViews.RhythmView;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationViews.Summary;
import app.commonground.negotiation.NewNegotiation;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.responsibility.ResponsibilityView;
import app.commonground.space.Member;
import app.commonground.space.SpaceAccess;
import app.commonground.space.SpaceCommands;
import app.commonground.space.SpaceService;
import app.commonground.space.Viewer;
import app.commonground.values.ValuesService;
import app.commonground.values.ValuesViews.Due;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The couple's check-in: its rhythm, private answers revealed together, the agenda, at most two issues and the
 * week's plan. Every step goes through the space's one command path (partners only, one after the other);
 * a counsellor reads what was shared with them and changes nothing.
 */
@Service
public class CheckinService {

    static final int MAX_PLAN = 120;
    private static final int AGENDA_LINES = 40;
    private static final Set<ActivityKind> AGENDA_KINDS = Set.of(ActivityKind.ITEM_ACHIEVED,
            ActivityKind.RESPONSIBILITY_AGREED, ActivityKind.RESPONSIBILITY_CHANGED, ActivityKind.HAND_OVER_ACCEPTED);

    private final CheckinRepository checkins;
    private final CheckinRhythmRepository rhythms;
    private final SpaceService spaces;
    private final SpaceAccess access;
    private final SpaceCommands commands;
    private final ActivityLog activity;
    private final InputRules rules;
    private final Transactions transactions;
    private final BoardService board;
    private final ResponsibilityService responsibilities;
    private final NegotiationService negotiations;
    private final ValuesService values;
    private final Clock clock;

    CheckinService(CheckinRepository checkins, CheckinRhythmRepository rhythms, SpaceService spaces,
                   SpaceAccess access, SpaceCommands commands, ActivityLog activity, InputRules rules, Transactions transactions,
                   BoardService board, ResponsibilityService responsibilities, NegotiationService negotiations,
                   ValuesService values, Clock clock) {
        this.checkins = checkins;
        this.rhythms = rhythms;
        this.spaces = spaces;
        this.access = access;
        this.commands = commands;
        this.activity = activity;
        this.rules = rules;
        this.transactions = transactions;
        this.board = board;
        this.responsibilities = responsibilities;
        this.negotiations = negotiations;
        this.values = values;
        this.clock = clock;
    }

    /** The rhythm, the next check-in and the latest one, as the screens project them; the caller's own answers. */
    public CheckinPage page(UUID spaceId) {
        return transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            Checkin latest = checkins.findFirstBySpaceIdOrderByStartedAtDesc(spaceId).orElse(null);
            Checkins all = new Checkins(rhythms.findById(spaceId).map(CheckinRhythm::shared).orElse(null),
                    latest == null ? null : latest.shared());
            return CheckinProjection.page(all, space.members(), space.viewer(), today(),
                    latest == null ? null : mine(latest, space.viewer()));
        });
    }

    /** One partner proposes the check-in's day, rough time and rhythm; the other accepts it. */
    public RhythmView proposeRhythm(UUID spaceId, RhythmProposal proposal) {
        RhythmProposal clean = rules.check(proposal);
        return rhythm(spaceId, (rhythm, change) -> {
            rhythm.propose(change.me().accountId(), clean, change.revision());
            return Happened.about(ActivityKind.CHECKIN_RHYTHM_PROPOSED, null, null, details(clean));
        });
    }

    /** The partner who did not propose the rhythm accepts it. */
    public RhythmView acceptRhythm(UUID spaceId) {
        return rhythm(spaceId, (rhythm, change) -> {
            rhythm.agree(change.me().accountId(), clock.instant(), change.revision());
            Checkins.Rhythm agreed = rhythm.shared();
            return Happened.about(ActivityKind.CHECKIN_RHYTHM_AGREED, null, null,
                    details(new RhythmProposal(agreed.day(), agreed.time(), agreed.everyWeeks())));
        });
    }

    /** Starts a check-in; either partner may, whenever they like, unless one is open. */
    public UUID start(UUID spaceId) {
        return commands.change(spaceId, change -> {
            if (checkins.findFirstBySpaceIdOrderByStartedAtDesc(spaceId).filter(c -> !c.closed()).isPresent()) {
                throw new CheckinStepException("refused.checkin.openAlready");
            }
            List<UUID> partners = change.members().members().details(change.members().viewer()).partners().stream()
                    .map(Member::accountId).toList();
            if (partners.size() < 2) {
                throw new CheckinStepException("refused.checkin.needsBoth");
            }
            Checkin checkin = checkins.save(new Checkin(spaceId, change.me().accountId(), partners, clock.instant()));
            announced(change, checkin, Happened.about(ActivityKind.CHECKIN_STARTED, checkin.id(), null));
            return checkin.id();
        });
    }

    /** Saves the caller's private answers; they may change them until they submit. */
    public CheckinView saveAnswers(UUID checkinId, CheckinAnswers answers) {
        CheckinAnswers clean = rules.check(answers == null ? CheckinAnswers.none() : answers.normalized());
        UUID spaceId = transactions.read(() -> spaceOf(checkinId).get());
        requireLinksInSpace(spaceId, clean);
        return step(checkinId, (checkin, change) -> {
            checkin.answer(change.me().accountId(), clean);
            return null;
        });
    }

    /**
     * Submits the caller's answers: both ratings and at least one appreciation are needed. When the other partner
     * has submitted too, both sets are revealed at once, to both.
     */
    public CheckinView submit(UUID checkinId) {
        return step(checkinId, (checkin, change) -> {
            CheckinAnswers mine = checkin.answerOf(change.me().accountId()).answers();
            if (mine.connection() == null) {
                throw InvalidInputException.of("connection", "input.checkin.connection.required");
            }
            if (mine.showedUp() == null) {
                throw InvalidInputException.of("showedUp", "input.checkin.showedUp.required");
            }
            if (mine.appreciations().isEmpty()) {
                throw InvalidInputException.of("appreciations", "input.checkin.appreciations.required");
            }
            checkin.submit(change.me().accountId(), clock.instant());
            return Happened.about(checkin.revealed() ? ActivityKind.CHECKIN_REVEALED : ActivityKind.CHECKIN_SUBMITTED,
                    checkin.id(), null);
        });
    }

    /** Takes the caller's submission back, to change their answers, while the other has not submitted. */
    public CheckinView takeBack(UUID checkinId) {
        return step(checkinId, (checkin, change) -> {
            checkin.takeBack(change.me().accountId());
            return Happened.about(ActivityKind.CHECKIN_TAKEN_BACK, checkin.id(), null);
        });
    }

    /** Raises an issue to talk about, once the answers are revealed: two at most per check-in. */
    public CheckinView raiseIssue(UUID checkinId, NewIssue issue) {
        NewIssue clean = rules.check(issue.normalized());
        return step(checkinId, (checkin, change) -> {
            checkin.raise(change.me().accountId(), clean, clock.instant());
            return Happened.about(ActivityKind.CHECKIN_ISSUE_RAISED, checkin.id(), clean.title());
        });
    }

    /**
     * Sends an issue into a new negotiation instead of arguing it here: the issue's title becomes the
     * negotiation's, its raiser's words the first core need of the raiser's private draft. Only its raiser may,
     * once.
     *
     * @return the negotiation
     */
    public UUID toNegotiation(UUID checkinId, UUID issueId) {
        return commands.change(spaceOf(checkinId), change -> {
            Checkin checkin = find(checkinId);
            CheckinIssue issue = checkin.issue(issueId);
            if (!change.me().accountId().equals(issue.raisedBy())) {
                throw new CheckinStepException("refused.checkin.issue.notRaiser");
            }
            if (issue.negotiationId() != null) {
                throw new CheckinStepException("refused.checkin.issue.inNegotiation");
            }
            UUID negotiation = negotiation(checkin.spaceId(), issue.title(), issue.words());
            issue.wentInto(negotiation);
            announced(change, checkin, null);
            return negotiation;
        });
    }

    /**
     * Takes an issue the caller could not raise (the check-in has its two issues by now, or is done) into a new
     * negotiation of its own, as a raised issue would go: its title becomes the negotiation's, its words the first
     * core need of the caller's private draft. Nothing changes in the check-in.
     *
     * @return the negotiation
     */
    public UUID notRaisedToNegotiation(UUID checkinId, NewIssue issue) {
        NewIssue clean = rules.check(issue.normalized());
        return commands.change(spaceOf(checkinId), change -> negotiation(find(checkinId).spaceId(), clean.title(),
                clean.words()));
    }

    private UUID negotiation(UUID spaceId, String title, String words) {
        UUID negotiation = negotiations.open(spaceId, new NewNegotiation(title, null));
        if (words != null) {
            negotiations.saveDraft(negotiation, List.of(words.replaceAll("\\s+", " ")), List.of());
        }
        return negotiation;
    }

    /**
     * Sets the one good time together this week, optionally as a shared hobby on the board. Names the plan the
     * caller saw, so a plan the other partner wrote meanwhile is never overwritten silently.
     */
    public CheckinView planTogether(UUID checkinId, String seenPlan, String plan, boolean addToBoard) {
        String text = plan("plan", plan);
        return step(checkinId, (checkin, change) -> {
            Checkins.Item now = checkin.shared();
            if (!Objects.equals(now.togetherPlan(), Text.orNull(seenPlan))) {
                throw new CheckinStepException("refused.checkin.plan.changed");
            }
            UUID item = addToBoard && now.togetherItemId() == null
                    ? onBoard(checkin.spaceId(), BoardService.Placement.SHARED, text) : now.togetherItemId();
            checkin.planTogether(text, item);
            return null;
        });
    }

    /** Sets the caller's own time for a hobby or goal this week, optionally on their side of the board. */
    public CheckinView planOwn(UUID checkinId, String plan, boolean addToBoard) {
        String text = plan("ownPlan", plan);
        return step(checkinId, (checkin, change) -> {
            CheckinAnswer mine = checkin.answerOf(change.me().accountId());
            UUID item = addToBoard && mine.ownItemId() == null
                    ? onBoard(checkin.spaceId(), BoardService.Placement.MINE, text) : mine.ownItemId();
            checkin.planOwn(change.me().accountId(), text, item);
            return null;
        });
    }

    /** Marks the check-in done for this week. */
    public CheckinView done(UUID checkinId) {
        return step(checkinId, (checkin, change) -> {
            checkin.close(clock.instant());
            return Happened.about(ActivityKind.CHECKIN_DONE, checkin.id(), null);
        });
    }

    /**
     * What to talk about, gathered from the space since the check-in before this one (or the week before this
     * one, the first time): goals achieved, responsibilities agreed, changed or handed over, agreed outcomes due
     * for review, and the wishes of the last check-in, as the caller may see them.
     */
    public List<AgendaLine> agenda(UUID checkinId) {
        return transactions.read(() -> {
            Checkin checkin = find(checkinId);
            SpaceService.Membered space = spaces.members(checkin.spaceId());
            Checkin before = checkins.findFirstBySpaceIdAndStartedAtBeforeOrderByStartedAtDesc(checkin.spaceId(),
                    checkin.startedAt()).orElse(null);
            Instant since = before == null ? checkin.startedAt().minus(Duration.ofDays(7)) : before.startedAt();
            List<AgendaLine> lines = new ArrayList<>();
            for (ActivityEntry entry : activity.since(checkin.spaceId(), since, AGENDA_KINDS, AGENDA_LINES)) {
                AgendaKind kind = switch (entry.kind()) {
                    case ITEM_ACHIEVED -> AgendaKind.GOAL_ACHIEVED;
                    case RESPONSIBILITY_AGREED -> AgendaKind.RESPONSIBILITY_AGREED;
                    case RESPONSIBILITY_CHANGED -> AgendaKind.RESPONSIBILITY_CHANGED;
                    case HAND_OVER_ACCEPTED -> AgendaKind.RESPONSIBILITY_HANDED_OVER;
                    default -> null;
                };
                if (kind != null) {
                    lines.add(new AgendaLine(kind, entry.what().subjectId(), entry.what().title(), entry.actorName(),
                            entry.at()));
                }
            }
            for (Summary due : negotiations.list(checkin.spaceId())) {
                if (due.dueForReview()) {
                    lines.add(new AgendaLine(AgendaKind.OUTCOME_DUE_FOR_REVIEW, due.id(), due.title(), null, null));
                }
            }
            for (Due due : values.dueForReview(checkin.spaceId())) {
                lines.add(new AgendaLine(due.boundary() ? AgendaKind.BOUNDARY_DUE_FOR_REVIEW
                        : AgendaKind.VALUE_DUE_FOR_REVIEW, due.id(), due.title(), null, null));
            }
            if (before != null && before.revealed() && CheckinProjection.seenBy(before.shared(), space.viewer())) {
                CheckinProjection.checkin(before.shared(), space.members(), space.viewer(), null).answers().stream()
                        .filter(answers -> answers.wish() != null)
                        .forEach(answers -> lines.add(new AgendaLine(AgendaKind.LAST_WISH, before.id(), answers.wish(),
                                answers.name(), before.startedAt())));
            }
            return lines;
        });
    }

    /** The check-ins revealed since {@code from}, oldest first, as the caller may see them (a counsellor: what was shared). */
    public List<CheckinView> revealedSince(UUID spaceId, Instant from) {
        return transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            return checkins.findBySpaceIdAndRevealedAtGreaterThanEqualOrderByRevealedAtAsc(spaceId, from).stream()
                    .map(Checkin::shared).filter(checkin -> CheckinProjection.seenBy(checkin, space.viewer()))
                    .map(checkin -> CheckinProjection.checkin(checkin, space.members(), space.viewer(), null))
                    .toList();
        });
    }

    /**
     * For the caller's caseload: in each space they observe as a counsellor now, how many check-ins were revealed
     * since that space's {@code from} (what {@link #revealedSince} lists: a counsellor sees every revealed check-in,
     * with what was shared with them), in two reads however many spaces. Spaces they do not observe are left out.
     */
    public Map<UUID, Integer> revealedCounts(Map<UUID, Instant> from) {
        return transactions.read(() -> {
            Map<UUID, Instant> mine = SpaceMoment.only(from, access.observedNow(from.keySet()).keySet());
            return mine.isEmpty() ? Map.of()
                    : SpaceMoment.countSince(mine, checkins.findRevealedIn(mine.keySet(), SpaceMoment.earliest(mine)));
        });
    }

    /** The caller's own ratings over time, for their eyes only (a counsellor has none). */
    public List<MyRatings> myRatings(UUID spaceId) {
        return transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            return space.viewer().isPartner() ? checkins.findRatings(spaceId, space.viewer().accountId()) : List.of();
        });
    }

    private RhythmView rhythm(UUID spaceId, BiFunction<CheckinRhythm, SpaceCommands.Step, Happened> step) {
        return commands.change(spaceId, change -> {
            CheckinRhythm rhythm = rhythms.findById(spaceId).orElseGet(() -> new CheckinRhythm(spaceId));
            Happened said = step.apply(rhythm, change);
            rhythms.saveAndFlush(rhythm);
            activity.record(change.me(), said);
            Checkins.Rhythm copy = rhythm.shared();
            change.changed(Checkins.class, spaceId, all -> all.withRhythm(copy));
            return CheckinProjection.page(new Checkins(copy, null), change.members().members(),
                    change.members().viewer(), today(), null).rhythm();
        });
    }

    /**
     * Runs a step on a check-in through the space's one command path: the space's lock puts the partners' steps
     * one after the other (so two submissions at the same instant reveal once), and each step checks the state
     * it finds.
     */
    private CheckinView step(UUID checkinId, BiFunction<Checkin, SpaceCommands.Step, Happened> step) {
        return commands.change(spaceOf(checkinId), change -> {
            Checkin checkin = find(checkinId);
            Happened said = step.apply(checkin, change);
            return announced(change, checkin, said);
        });
    }

    /** Writes the step, records what happened, announces the check-in's shared state and returns the caller's view. */
    private CheckinView announced(SpaceCommands.Step change, Checkin checkin, Happened said) {
        checkin.changedIn(change.revision());
        checkins.flush();
        if (said != null) {
            activity.record(change.me(), said);
        }
        Checkins.Item copy = checkin.shared();
        change.changed(Checkins.class, checkin.id(), all -> all.with(copy));
        Viewer viewer = change.members().viewer();
        return CheckinProjection.checkin(copy, change.members().members(), viewer, mine(checkin, viewer));
    }

    /** The viewer's own answers, before the reveal: never anyone else's. */
    private static CheckinAnswers mine(Checkin checkin, Viewer viewer) {
        return checkin.revealed() ? null : checkin.answers().stream()
                .filter(answer -> viewer.readsPrivateTextOf(answer.partnerId())).findFirst()
                .map(CheckinAnswer::answers).orElse(null);
    }

    private UUID onBoard(UUID spaceId, BoardService.Placement placement, String text) {
        ItemView item = board.add(spaceId, placement, new ItemDraft(ItemKind.HOBBY, text, "Planned in our check-in",
                ItemStatus.ACTIVE, null, null));
        return item.id();
    }

    /** Every appreciation's link names a goal, hobby or responsibility of this space that the caller sees. */
    private void requireLinksInSpace(UUID spaceId, CheckinAnswers answers) {
        if (answers.appreciations().stream().noneMatch(a -> a.linkId() != null)) {
            return;
        }
        Set<UUID> items = board.board(spaceId).columns().stream().flatMap(column -> column.items().stream())
                .map(ItemView::id).collect(Collectors.toSet());
        Set<UUID> duties = responsibilities.list(spaceId).items().stream().map(ResponsibilityView::id)
                .collect(Collectors.toSet());
        for (int i = 0; i < answers.appreciations().size(); i++) {
            AppreciationDraft appreciation = answers.appreciations().get(i);
            if (appreciation.linkId() != null && !(appreciation.linkKind() == LinkKind.ITEM ? items : duties)
                    .contains(appreciation.linkId())) {
                throw InvalidInputException.of("appreciations[" + i + "].linkId",
                        "input.checkin.link.foreign");
            }
        }
    }

    private static String plan(String field, String plan) {
        String clean = Text.orNull(plan);
        if (clean == null) {
            throw InvalidInputException.of(field, "input.checkin.plan.when.required");
        }
        if (clean.length() > MAX_PLAN) {
            throw InvalidInputException.of(field, "input.tooLong", MAX_PLAN);
        }
        if (!new PlainText.Check().isValid(clean, null)) {
            throw InvalidInputException.of(field, PlainText.MESSAGE);
        }
        return clean;
    }

    private static String[] details(RhythmProposal rhythm) {
        return new String[] {rhythm.day().name(), rhythm.time().toString(), String.valueOf(rhythm.everyWeeks())};
    }

    private Checkin find(UUID id) {
        return checkins.findById(id).orElseThrow(() -> new CheckinNotFoundException(id));
    }

    private Supplier<UUID> spaceOf(UUID id) {
        return () -> checkins.findSpaceIdById(id).orElseThrow(() -> new CheckinNotFoundException(id));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
