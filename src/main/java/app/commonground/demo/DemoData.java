package app.commonground.demo;

import app.commonground.account.AccountService;
import app.commonground.account.SignUp;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemStatus;
import app.commonground.board.ItemView;
import app.commonground.checkin.AppreciationDraft;
import app.commonground.checkin.CheckinAnswers;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.LinkKind;
import app.commonground.checkin.NewIssue;
import app.commonground.checkin.RhythmProposal;
import app.commonground.counselling.CounsellingService;
import app.commonground.counselling.NextSessionService;
import app.commonground.counselling.SessionTime;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationViews;
import app.commonground.negotiation.NewNegotiation;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.responsibility.ResponsibilityView;
import app.commonground.space.ConsentService;
import app.commonground.space.InvitationService;
import app.commonground.space.NewSpace;
import app.commonground.space.SpaceService;
import app.commonground.values.BoundaryDraft;
import app.commonground.values.BoundaryKind;
import app.commonground.values.Feeling;
import app.commonground.values.SharedValueDraft;
import app.commonground.values.ValuesService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Fills an empty database with two partners, a counsellor and their space, going through the same
 * services a person would, so a newcomer can look around at once. Never on the production profile.
 */
@Component
@ConditionalOnProperty(name = "common-ground.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "together123";
    static final String ALEX = "alex@example.com";
    static final String SAM = "sam@example.com";
    static final String RIVERA = "rivera@example.com";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final SpaceService spaces;
    private final InvitationService invitations;
    private final BoardService board;
    private final ResponsibilityService responsibilities;
    private final NegotiationService negotiations;
    private final ConsentService consents;
    private final CheckinService checkins;
    private final ValuesService values;
    private final CounsellingService counselling;
    private final NextSessionService nextSession;
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    DemoData(AccountService accounts, SpaceService spaces, InvitationService invitations, BoardService board,
             ResponsibilityService responsibilities, NegotiationService negotiations, ConsentService consents,
             CheckinService checkins, ValuesService values, CounsellingService counselling,
             NextSessionService nextSession, UserDetailsService users, JdbcClient jdbc) {
        this.nextSession = nextSession;
        this.accounts = accounts;
        this.spaces = spaces;
        this.invitations = invitations;
        this.board = board;
        this.responsibilities = responsibilities;
        this.negotiations = negotiations;
        this.consents = consents;
        this.checkins = checkins;
        this.values = values;
        this.counselling = counselling;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.sql("select count(*) from account").query(Integer.class).single();
        if (existing > 0) {
            return;
        }
        UUID alex = accounts.signUp(new SignUp("Alex", ALEX, PASSWORD));
        UUID sam = accounts.signUp(new SignUp("Sam", SAM, PASSWORD));
        UUID counsellor = accounts.signUp(new SignUp("Dr. Rivera", RIVERA, PASSWORD));
        try {
            signInAs(ALEX);
            UUID space = spaces.create(new NewSpace("Alex & Sam"));
            String link = invitations.invitePartner(space).token();
            signInAs(SAM);
            invitations.accept(link);
            fillBoard(space);
            fillResponsibilities(space, alex, sam);
            fillNegotiations(space);
            fillCheckins(space);
            fillValues(space);
            letIn(space, ALEX, SAM, counsellor);
            fillSessions(space);
            fillCaseload(counsellor);
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo data created: sign in as {}, {} or {} with password {}", ALEX, SAM, RIVERA, PASSWORD);
    }

    private void fillBoard(UUID space) {
        signInAs(ALEX);
        add(space, Placement.MINE, new ItemDraft(ItemKind.GOAL, "Run a half marathon",
                "Three runs a week, building up to 18 km by March.", ItemStatus.ACTIVE, LocalDate.of(2027, 4, 18),
                "Come to the finish line, and don't let me skip the long Sunday run."));
        add(space, Placement.MINE, new ItemDraft(ItemKind.HOBBY, "Pottery class on Thursdays",
                "Wheel throwing, beginners' group.", ItemStatus.ACTIVE, null,
                "Keep Thursday evenings free for me."));
        add(space, Placement.MINE, ItemDraft.idea(ItemKind.GOAL, "Learn conversational Spanish"));
        add(space, Placement.SHARED, new ItemDraft(ItemKind.GOAL, "Save for a trip to Japan",
                "200 a month each into the travel account.", ItemStatus.ACTIVE, LocalDate.of(2027, 10, 1), null));
        add(space, Placement.SHARED, new ItemDraft(ItemKind.HOBBY, "Board-game night every Wednesday",
                null, ItemStatus.ACTIVE, null, null));

        signInAs(SAM);
        add(space, Placement.MINE, new ItemDraft(ItemKind.GOAL, "Finish my nursing certification",
                "Two modules left, exams in June.", ItemStatus.ACTIVE, LocalDate.of(2027, 6, 30),
                "Quiet evenings in the weeks before exams, and cook on Tuesdays."));
        add(space, Placement.MINE, new ItemDraft(ItemKind.HOBBY, "Climbing with friends",
                "Bouldering on Saturday mornings.", ItemStatus.ACTIVE, null, null));
        add(space, Placement.MINE, new ItemDraft(ItemKind.HOBBY, "Sourdough baking", null,
                ItemStatus.PAUSED, null, null));
        add(space, Placement.SHARED, new ItemDraft(ItemKind.GOAL, "Sunday dinner with both families once a month",
                "Alternate between the two families.", ItemStatus.ACTIVE, null, null));
        var flat = add(space, Placement.SHARED, new ItemDraft(ItemKind.GOAL, "Move into a flat with a garden",
                "Two bedrooms, near the park, before the lease ends.", ItemStatus.ACTIVE, null, null));
        board.setStatus(flat.id(), flat.revision(), ItemStatus.ACHIEVED);
    }

    private void fillResponsibilities(UUID space, UUID alex, UUID sam) {
        agreed(space, ALEX, SAM, new ResponsibilityDraft("Weekly food shop", Area.HOUSEHOLD, alex, Cadence.WEEKLY,
                "Fridge and cupboards stocked for the week's meals", 90, "Shared list on the fridge door."));
        agreed(space, SAM, ALEX, new ResponsibilityDraft("Cook dinner on weekdays", Area.HOUSEHOLD, sam, Cadence.DAILY,
                "A warm dinner on the table by 7:30, Monday to Friday", 300, null));
        agreed(space, SAM, ALEX, new ResponsibilityDraft("Check in about the week", Area.EMOTIONAL_SUPPORT, null,
                Cadence.WEEKLY, "Twenty minutes on Sunday evening, phones away", 20, null));
        ResponsibilityView bills = agreed(space, ALEX, SAM, new ResponsibilityDraft("Pay the bills and update the budget",
                Area.MONEY, alex, Cadence.MONTHLY, "Every bill paid on time and the budget sheet up to date", 30, null));
        signInAs(ALEX);
        responsibilities.askHandOver(bills.id());
        responsibilities.propose(space, new ResponsibilityDraft("Laundry", Area.HOUSEHOLD, sam, Cadence.WEEKLY,
                "Washed, dried and folded by Sunday night", 60, null));
        signInAs(SAM);
        responsibilities.propose(space, new ResponsibilityDraft("Plan visits to the grandparents", Area.CARE, null,
                Cadence.MONTHLY, "A date in the calendar every month", 15, null));
    }

    private void fillNegotiations(UUID space) {
        UUID chores = negotiate(space, "Screen time in the evenings", "We both like quiet evenings, but differently.",
                List.of("An hour of my own to wind down after work"), List.of("Which hour", "Headphones on or off"),
                List.of("Evenings that end together, not on separate screens"), List.of("How many evenings a week"),
                "You need an hour to yourself after work before we spend time together",
                "You want our evenings to end together, phones away");
        UUID early = option(space, chores, SAM, "Own time until 8, then together; phones away after 9:30", 7, 8);
        option(space, chores, ALEX, "Screens off at 9 every night", 3, 9);
        signInAs(SAM);
        negotiations.proposeOutcome(chores, early, LocalDate.now().plusMonths(1));
        signInAs(ALEX);
        negotiations.sign(chores);

        UUID holidays = negotiate(space, "Where we spend the holidays", "Both families want us at Christmas.",
                List.of("Seeing my parents at least once over the holidays"), List.of("Which days", "How long"),
                List.of("One holiday that is just the two of us"), List.of("Where", "When"),
                "You need to see your parents at least once over the holidays",
                "You need one holiday for just the two of us");
        option(space, holidays, ALEX, "Christmas Eve with Alex's parents, New Year just us", 8, 7);
        option(space, holidays, SAM, "Alternate families each year, a trip together in January", 6, 9);
        signInAs(ALEX);
        negotiations.addOption(holidays, "Both families on Boxing Day at ours");
    }

    /**
     * The check-in they agreed on, a finished one last week (moved back a week once made: the services date
     * everything now) and this week's, which Alex has submitted and Sam is still filling in.
     */
    private void fillCheckins(UUID space) {
        signInAs(SAM);
        checkins.proposeRhythm(space, new RhythmProposal(DayOfWeek.SUNDAY, LocalTime.of(19, 0), 1));
        signInAs(ALEX);
        checkins.acceptRhythm(space);
        UUID japan = itemTitled(space, "Save for a trip to Japan");
        UUID dinners = responsibilities.list(space).items().stream().filter(r -> r.title().startsWith("Cook dinner"))
                .findFirst().map(ResponsibilityView::id).orElseThrow();
        UUID last = checkins.start(space);
        checkins.saveAnswers(last, new CheckinAnswers(7, 8, true, List.of(
                new AppreciationDraft("How you found the flat with the garden, and handled every viewing", null, null, true),
                new AppreciationDraft("Putting the first 200 into the Japan account", LinkKind.ITEM, japan, false)),
                "My team is changing in January", false, "Whether we see enough of each other on weekdays", false,
                "Work deadlines all week", false, "A long walk on Saturday, just us", true));
        checkins.submit(last);
        signInAs(SAM);
        checkins.saveAnswers(last, new CheckinAnswers(8, 6, false, List.of(
                new AppreciationDraft("You cooked every night during my exam week", LinkKind.RESPONSIBILITY, dinners, true)),
                null, false, null, false, "I was short-tempered before the exam", true,
                "A lazy Sunday morning", false));
        checkins.submit(last);
        checkins.raiseIssue(last, new NewIssue("Weekday evenings", "Time together on weekdays, not only weekends"));
        checkins.planTogether(last, null, "Saturday walk along the river", true);
        checkins.planOwn(last, "Climbing on Saturday morning", false);
        signInAs(ALEX);
        checkins.planOwn(last, "Long run on Sunday", false);
        checkins.done(last);
        jdbc.sql("update checkin set started_at = started_at - interval '7' day, revealed_at = revealed_at - interval '7' day, "
                + "closed_at = closed_at - interval '7' day where id = :id").param("id", last).update();
        jdbc.sql("update checkin_answer set submitted_at = submitted_at - interval '7' day where checkin_id = :id")
                .param("id", last).update();

        UUID now = checkins.start(space);
        checkins.saveAnswers(now, new CheckinAnswers(8, 7, false, List.of(
                new AppreciationDraft("You kept Thursday evenings free for my pottery class", null, null, false)),
                null, false, null, false, null, false, "Plan the Japan trip dates together", false));
        checkins.submit(now);
        signInAs(SAM);
        checkins.saveAnswers(now, new CheckinAnswers(7, null, false, List.of(
                new AppreciationDraft("The surprise breakfast on Saturday", null, null, false)),
                null, false, null, false, null, false, null, false));
    }

    /**
     * Alex's boundary about time, acknowledged; Sam's about feelings, waiting for Alex to restate it; a draft of
     * Alex's; both lists of core values revealed; one shared value agreed and one proposed.
     */
    private void fillValues(UUID space) {
        signInAs(ALEX);
        var evenings = values.writeBoundary(space, new BoundaryDraft(BoundaryKind.TIME,
                "If work runs late, I will still stop at 8 on Thursdays: pottery is my evening.", true, null), true);
        values.writeBoundary(space, new BoundaryDraft(BoundaryKind.ENERGETIC,
                "After a long week I will take Saturday morning slowly before plans.", false, null), false);
        values.selfCheck(space, BoundaryKind.TIME, Feeling.HEALTHY);
        values.selfCheck(space, BoundaryKind.ENERGETIC, Feeling.TOO_LOOSE);
        values.chooseValues(space, List.of("Adventure", "Honesty", "Creativity", "Health", "Family"), true);
        values.valuesReady(space, true);
        signInAs(SAM);
        values.restateBoundary(evenings.id(), evenings.revision(), "Thursday evenings are yours, even when work runs late");
        values.writeBoundary(space, new BoundaryDraft(BoundaryKind.EMOTIONAL,
                "If I'm upset, I will say I need an hour and come back to talk, rather than talk it out at once.",
                true, LocalDate.now().plusMonths(2)), true);
        values.chooseValues(space, List.of("Family", "Security", "Honesty", "Calm", "Friendship"), true);
        values.valuesReady(space, true);
        values.proposeValue(space, new SharedValueDraft("Adventure", "One new thing a month, big or small.",
                List.of(itemTitled(space, "Save for a trip to Japan")), null, true));
        signInAs(ALEX);
        values.answerRestatement(evenings.id(), true, null);
        UUID honesty = values.proposeValue(space, new SharedValueDraft("Honesty",
                "We say what we feel, kindly and early, before it grows.", List.of(), LocalDate.now().plusMonths(6), true));
        signInAs(SAM);
        values.acceptValue(honesty, 0);
    }

    /**
     * Dr. Rivera met the couple two weeks ago and keeps a note of it, which only Dr. Rivera ever sees, and has the
     * next session planned four days ahead (where this server is); Sam asked whether it could start later.
     */
    private void fillSessions(UUID space) {
        signInAs(RIVERA);
        var session = counselling.recordSession(space, LocalDate.now().minusWeeks(2));
        counselling.writeNote(space, session.id(), "Both open about evenings; Sam wants more warning before plans "
                + "change. Ask next time how the Thursday boundary feels to Sam.");
        nextSession.plan(space, new SessionTime(LocalDate.now().plusDays(4), "18:00", ZoneId.systemDefault()));
        signInAs(SAM);
        nextSession.askForAnotherTime(space, "Could we start half an hour later that day? I finish work at six.");
    }

    /**
     * Dr. Rivera's other couples, for a caseload that looks like a practice: one with a session planned and a
     * good fortnight behind them, one whose negotiation has waited on one step for three weeks, and one where a
     * partner has not said yes yet.
     */
    private void fillCaseload(UUID counsellor) {
        UUID jordanAndPriya = couple("Jordan & Priya", "Jordan", "Priya", counsellor);
        signInAs(RIVERA);
        counselling.recordSession(jordanAndPriya, LocalDate.now().minusDays(10));
        nextSession.plan(jordanAndPriya, new SessionTime(LocalDate.now().plusDays(2), "17:00", ZoneId.systemDefault()));
        signInAs("jordan@example.com");
        ItemView garden = add(jordanAndPriya, Placement.SHARED, ItemDraft.idea(ItemKind.GOAL, "Plant the vegetable garden"));
        board.setStatus(garden.id(), garden.revision(), ItemStatus.ACHIEVED);

        UUID minaAndTheo = couple("Mina & Theo", "Mina", "Theo", counsellor);
        signInAs("mina@example.com");
        UUID visits = negotiations.open(minaAndTheo, new NewNegotiation("Visiting my parents", null));
        negotiations.saveDraft(visits, List.of("See them once a month"), List.of());
        negotiations.setReady(visits, true);
        signInAs("theo@example.com");
        accounts.chooseLanguage(Optional.of(Locale.GERMAN)); // Theo reads German, Mina English: one space, two languages
        negotiations.saveDraft(visits, List.of("Die Wochenenden für uns zwei"), List.of());
        negotiations.setReady(visits, true);
        jdbc.sql("update negotiation set step_since = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofDays(21))), visits).update();
        values.writeBoundary(minaAndTheo, new BoundaryDraft(BoundaryKind.TIME,
                "Nach der Arbeit brauche ich die erste Stunde für mich, bevor wir Pläne machen.", true, null), true);

        UUID robinAndKai = couple("Robin & Kai", "Robin", "Kai", null);
        signInAs("robin@example.com");
        String link = invitations.inviteCounsellor(robinAndKai).token();
        signInAs(RIVERA);
        invitations.accept(link);
        signInAs("robin@example.com");
        consents.approve(robinAndKai, counsellor);
    }

    /** Two partners ({@code first@example.com}, {@code second@example.com}) in a new space, with its counsellor. */
    private UUID couple(String name, String first, String second, UUID counsellor) {
        String firstEmail = first.toLowerCase() + "@example.com";
        String secondEmail = second.toLowerCase() + "@example.com";
        accounts.signUp(new SignUp(first, firstEmail, PASSWORD));
        accounts.signUp(new SignUp(second, secondEmail, PASSWORD));
        signInAs(firstEmail);
        UUID space = spaces.create(new NewSpace(name));
        String link = invitations.invitePartner(space).token();
        signInAs(secondEmail);
        invitations.accept(link);
        if (counsellor != null) {
            letIn(space, firstEmail, secondEmail, counsellor);
        }
        return space;
    }

    /** The first partner invites Dr. Rivera, who asks to observe, and both partners say yes. */
    private void letIn(UUID space, String firstEmail, String secondEmail, UUID counsellor) {
        signInAs(firstEmail);
        String counsellorLink = invitations.inviteCounsellor(space).token();
        signInAs(RIVERA);
        invitations.accept(counsellorLink);
        signInAs(firstEmail);
        consents.approve(space, counsellor);
        signInAs(secondEmail);
        consents.approve(space, counsellor);
    }

    private UUID itemTitled(UUID space, String title) {
        return board.board(space).columns().stream().flatMap(c -> c.items().stream())
                .filter(i -> i.title().equals(title)).findFirst().map(ItemView::id).orElseThrow();
    }

    private UUID negotiate(UUID space, String title, String situation, List<String> alexCore, List<String> alexFlexible,
                           List<String> samCore, List<String> samFlexible, String restatementOfAlex, String restatementOfSam) {
        signInAs(ALEX);
        UUID id = negotiations.open(space, new NewNegotiation(title, situation));
        negotiations.saveDraft(id, alexCore, alexFlexible);
        negotiations.setReady(id, true);
        signInAs(SAM);
        negotiations.saveDraft(id, samCore, samFlexible);
        negotiations.setReady(id, true);
        negotiations.restate(id, restatementOfAlex);
        signInAs(ALEX);
        negotiations.restate(id, restatementOfSam);
        negotiations.answerRestatement(id, true, null);
        signInAs(SAM);
        negotiations.answerRestatement(id, true, null);
        return id;
    }

    private UUID option(UUID space, UUID negotiation, String author, String text, int alexScore, int samScore) {
        signInAs(author);
        NegotiationViews.Detail detail = negotiations.addOption(negotiation, text);
        UUID option = detail.options().stream().filter(o -> o.text().equals(text)).findFirst().orElseThrow().id();
        signInAs(ALEX);
        negotiations.rate(negotiation, option, alexScore);
        signInAs(SAM);
        negotiations.rate(negotiation, option, samScore);
        return option;
    }

    private ResponsibilityView agreed(UUID space, String proposer, String accepter, ResponsibilityDraft draft) {
        signInAs(proposer);
        ResponsibilityView proposed = responsibilities.propose(space, draft);
        signInAs(accepter);
        return responsibilities.accept(proposed.id(), proposed.revision());
    }

    private ItemView add(UUID space, Placement placement, ItemDraft draft) {
        return board.add(space, placement, draft);
    }

    private void signInAs(String email) {
        var principal = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
