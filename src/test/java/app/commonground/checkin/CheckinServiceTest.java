package app.commonground.checkin;

import app.commonground.InEnglish;
import app.commonground.AtOnce;
import app.commonground.IntegrationTest;
import app.commonground.SpaceEvents;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Person;
import app.commonground.activity.ActivityEntry;
import app.commonground.activity.ActivityKind;
import app.commonground.activity.ActivityLog;
import app.commonground.activity.ui.ActivityText;
import app.commonground.base.GoneException;
import app.commonground.base.InvalidInputException;
import app.commonground.base.live.LiveSpaces;
import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.checkin.CheckinViews.CheckinPage;
import app.commonground.checkin.CheckinViews.CheckinView;
import app.commonground.checkin.CheckinViews.Revealed;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.space.ConsentService;
import app.commonground.space.ReadOnlyAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import(SpaceEvents.class)
class CheckinServiceTest {

    /** A marker planted in every private field of Alex's answers. */
    static final String SECRET = "alex-private-7Q2";

    @Autowired
    CheckinService service;
    @Autowired
    TestPeople people;
    @Autowired
    ActivityLog activity;
    @Autowired
    NegotiationService negotiations;
    @Autowired
    BoardService board;
    @Autowired
    ConsentService consents;
    @Autowired
    LiveSpaces live;
    @Autowired
    SpaceEvents recorder;

    TestPeople.Couple couple;
    Person alex;
    Person sam;
    Person rivera;

    @BeforeEach
    void aCoupleWithTheirCounsellor() {
        couple = people.newCouple();
        alex = couple.first();
        sam = couple.second();
        rivera = couple.counsellor();
    }

    @Test
    void a_whole_check_in_goes_from_an_agreed_rhythm_to_private_answers_a_reveal_an_issue_a_plan_and_done() {
        people.as(sam, () -> service.proposeRhythm(couple.spaceId(), new RhythmProposal(DayOfWeek.SUNDAY, LocalTime.of(19, 0), 1)));
        assertThat(page(alex).rhythm().waitingForViewer()).isTrue();
        assertThat(page(alex).next()).isNull();
        people.as(alex, () -> service.acceptRhythm(couple.spaceId()));
        CheckinPage agreed = page(sam);
        assertThat(agreed.rhythm().agreed()).isTrue();
        assertThat(agreed.next().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(agreed.canStart()).isTrue();

        UUID id = people.as(alex, () -> service.start(couple.spaceId()));
        people.as(alex, () -> service.saveAnswers(id, answers("Alex", false)));
        people.as(alex, () -> service.submit(id));
        people.as(sam, () -> service.saveAnswers(id, answers("Sam", false)));
        CheckinView revealed = people.as(sam, () -> service.submit(id));

        assertThat(revealed.revealed()).isTrue();
        assertThat(revealed.answers()).extracting(Revealed::name).containsExactly("Alex", "Sam");
        assertThat(revealed.answers().getFirst().appreciations()).extracting(a -> a.text())
                .containsExactly("Alex appreciated the walk");
        assertThat(page(alex).current().answers().get(1).wish()).isEqualTo("Sam wishes for a quiet Sunday");

        CheckinView withIssue = people.as(sam, () -> service.raiseIssue(id, new NewIssue("Weekday evenings",
                "Time together on weekdays\nnot only weekends")));
        UUID issue = withIssue.issues().getFirst().id();
        UUID negotiation = people.as(sam, () -> service.toNegotiation(id, issue));
        Detail draft = people.as(sam, () -> negotiations.negotiation(negotiation));
        assertThat(draft.title()).isEqualTo("Weekday evenings");
        assertThat(draft.myDraft().coreNeeds()).containsExactly("Time together on weekdays not only weekends");
        assertThat(people.as(alex, () -> negotiations.negotiation(negotiation)).myDraft().coreNeeds()).isEmpty();
        assertThat(page(alex).current().issues().getFirst().negotiationId()).isEqualTo(negotiation);
        assertThatThrownBy(() -> people.as(sam, () -> service.toNegotiation(id, issue)))
                .isInstanceOf(CheckinStepException.class);

        CheckinView planned = people.as(alex, () -> service.planTogether(id, null, "Saturday walk by the river", true));
        assertThat(planned.togetherItemId()).isNotNull();
        assertThat(people.as(sam, () -> board.item(planned.togetherItemId())).title()).isEqualTo("Saturday walk by the river");
        people.as(sam, () -> service.planOwn(id, "Climbing on Saturday", false));
        CheckinView done = people.as(sam, () -> service.done(id));

        assertThat(done.done()).isTrue();
        assertThat(page(alex).canStart()).isTrue();
        assertThat(sentences(alex)).contains("submitted their check-in", "submitted too: both check-ins are revealed",
                "raised an issue in the check-in: “Weekday evenings”", "closed the check-in: done for this week",
                "agreed to check in every Sunday around 19:00");
    }

    @Test
    void answers_reach_nobody_else_before_both_submitted_not_in_reads_activity_pushes_or_the_shared_model() {
        UUID id = started();
        int eventsBefore = recorder.events.size();
        people.as(alex, () -> service.saveAnswers(id, answers(SECRET, true)));
        people.as(alex, () -> service.submit(id));

        assertThat(page(alex).current().mine().newInfo()).contains(SECRET);
        assertThat(page(sam).toString()).doesNotContain(SECRET);
        assertThat(page(sam).current().answers()).isEmpty();
        assertThat(page(rivera).toString()).doesNotContain(SECRET);
        assertThat(people.as(sam, () -> service.agenda(id)).toString()).doesNotContain(SECRET);
        assertThat(people.as(rivera, () -> activity.newest(couple.spaceId(), 3)).toString()).doesNotContain(SECRET);
        assertThat(people.as(sam, () -> activity.newest(couple.spaceId(), 3)).toString()).doesNotContain(SECRET);
        assertThat(recorder.events.subList(eventsBefore, recorder.events.size()).toString()).doesNotContain(SECRET);
        assertThat(live.readAfresh(couple.spaceId()).toString()).doesNotContain(SECRET);
        assertThat(people.as(sam, () -> service.myRatings(couple.spaceId()))).isEmpty();
        assertThat(people.as(alex, () -> service.myRatings(couple.spaceId())))
                .extracting(CheckinViews.MyRatings::connection).containsExactly(7);
    }

    @Test
    void the_counsellor_sees_only_the_answers_their_author_shared_and_nothing_once_consent_ends() {
        UUID id = started();
        people.as(alex, () -> service.saveAnswers(id, new CheckinAnswers(6, 7, true, List.of(
                new AppreciationDraft("Shared thanks", null, null, true), new AppreciationDraft("Private thanks")),
                "Private news", false, null, false, null, false, "Shared wish", true)));
        people.as(alex, () -> service.submit(id));
        people.as(sam, () -> service.saveAnswers(id, answers("Sam", false)));
        people.as(sam, () -> service.submit(id));
        people.as(sam, () -> service.raiseIssue(id, new NewIssue("Money", "Sam's own words on money")));

        CheckinView seen = people.as(rivera, () -> service.page(couple.spaceId())).current();
        Revealed alexSeen = seen.answers().getFirst();
        Revealed samSeen = seen.answers().get(1);
        assertThat(alexSeen.connection()).isEqualTo(6);
        assertThat(alexSeen.appreciations()).extracting(a -> a.text()).containsExactly("Shared thanks");
        assertThat(alexSeen.wish()).isEqualTo("Shared wish");
        assertThat(alexSeen.newInfo()).isNull();
        assertThat(samSeen.connection()).isNull();
        assertThat(samSeen.appreciations()).isEmpty();
        assertThat(samSeen.wish()).isNull();
        assertThat(seen.issues()).extracting(CheckinViews.IssueView::title).containsExactly("Money");
        assertThat(seen.toString()).doesNotContain("Private thanks", "Private news", "Sam's own words", "Sam wishes");
        assertThat(people.as(alex, () -> service.page(couple.spaceId())).current().answers().get(1).wish())
                .isEqualTo("Sam wishes for a quiet Sunday");

        people.as(sam, () -> consents.revoke(couple.spaceId(), rivera.id()));
        assertThatThrownBy(() -> page(rivera)).isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> people.as(rivera, () -> service.agenda(id))).isInstanceOf(GoneException.class);
    }

    @Test
    void both_partners_submitting_at_the_same_instant_reveal_the_check_in_once() throws Exception {
        for (int round = 0; round < 5; round++) {
            UUID id = started();
            people.as(alex, () -> service.saveAnswers(id, answers("Alex", false)));
            people.as(sam, () -> service.saveAnswers(id, answers("Sam", false)));
            List<Throwable> refused = Collections.synchronizedList(new java.util.ArrayList<>());
            AtOnce.run(() -> submitOrNote(alex, id, refused), () -> submitOrNote(sam, id, refused));

            assertThat(refused).as("round %d", round).isEmpty();
            assertThat(page(alex).current().revealed()).as("round %d", round).isTrue();
            List<ActivityEntry> lines = people.as(alex, () -> activity.newest(couple.spaceId(), 2)).entries().stream()
                    .filter(line -> id.equals(line.what().subjectId())).toList();
            assertThat(lines).extracting(ActivityEntry::kind).as("round %d", round)
                    .containsExactlyInAnyOrder(ActivityKind.CHECKIN_STARTED, ActivityKind.CHECKIN_SUBMITTED,
                            ActivityKind.CHECKIN_REVEALED);
            people.as(alex, () -> service.done(id));
        }
    }

    @Test
    void a_third_issue_is_refused_and_changes_nothing() {
        UUID id = revealed();
        people.as(alex, () -> service.raiseIssue(id, new NewIssue("Money", null)));
        people.as(sam, () -> service.raiseIssue(id, new NewIssue("Weekends", null)));

        assertThatThrownBy(() -> people.as(alex, () -> service.raiseIssue(id, new NewIssue("Chores", null))))
                .isInstanceOf(CheckinStepException.class).satisfies(refused -> assertThat(InEnglish.said(refused)).contains("Two issues at most"));
        assertThat(page(sam).current().issues()).extracting(CheckinViews.IssueView::title)
                .containsExactly("Money", "Weekends");
        assertThat(page(sam).current().moreIssuesAllowed()).isFalse();
    }

    @Test
    void each_partner_answers_only_for_themselves_a_counsellor_changes_nothing_and_a_stranger_finds_nothing() {
        UUID id = started();
        people.as(alex, () -> service.saveAnswers(id, answers("Alex", false)));
        people.as(alex, () -> service.submit(id));

        assertThat(page(sam).current().sides()).extracting(CheckinViews.SideView::submitted).containsExactly(true, false);
        assertThat(page(sam).current().mine()).isEqualTo(CheckinAnswers.none());
        assertThatThrownBy(() -> people.as(sam, () -> service.submit(id))).isInstanceOf(InvalidInputException.class);
        assertThat(page(alex).current().revealed()).isFalse();

        for (Runnable counsellorStep : List.<Runnable>of(
                () -> service.start(couple.spaceId()),
                () -> service.saveAnswers(id, answers("Rivera", false)),
                () -> service.submit(id),
                () -> service.proposeRhythm(couple.spaceId(), new RhythmProposal(DayOfWeek.MONDAY, LocalTime.NOON, 1)))) {
            assertThatThrownBy(() -> people.as(rivera, counsellorStep)).isInstanceOf(ReadOnlyAccessException.class);
        }
        Person stranger = people.newPerson("Stranger");
        assertThatThrownBy(() -> people.as(stranger, () -> service.submit(id))).isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> service.page(couple.spaceId()))).isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> service.agenda(id))).isInstanceOf(GoneException.class);
        assertThat(page(alex).current().sides()).extracting(CheckinViews.SideView::submitted).containsExactly(true, false);
    }

    @Test
    void bad_input_is_refused_with_a_message_next_to_its_field_and_nothing_is_saved() {
        UUID id = started();
        CheckinAnswers saved = answers("Alex", false);
        people.as(alex, () -> service.saveAnswers(id, saved));
        UUID foreign = people.as(people.newCouple().first(), () -> UUID.randomUUID());
        UUID otherSpaceItem = otherSpaceGoal();

        assertRefused(new CheckinAnswers(11, 5, false, List.of(), null, false, null, false, null, false, null, false), "connection");
        assertRefused(new CheckinAnswers(5, 5, false, IntStream.range(0, 6).mapToObj(i -> new AppreciationDraft("Thanks " + i)).toList(),
                null, false, null, false, null, false, null, false), "appreciations");
        assertRefused(new CheckinAnswers(5, 5, false, List.of(new AppreciationDraft("   ")), null, false, null, false,
                null, false, null, false), "appreciations[0].text");
        assertRefused(new CheckinAnswers(5, 5, false, List.of(), "x".repeat(1001), false, null, false, null, false,
                null, false), "newInfo");
        assertRefused(new CheckinAnswers(5, 5, false, List.of(new AppreciationDraft("Thanks", LinkKind.ITEM, otherSpaceItem, false)),
                null, false, null, false, null, false, null, false), "appreciations[0].linkId");
        assertRefused(new CheckinAnswers(5, 5, false, List.of(new AppreciationDraft("Thanks", LinkKind.RESPONSIBILITY, foreign, false)),
                null, false, null, false, null, false, null, false), "appreciations[0].linkId");
        assertThat(page(alex).current().mine()).isEqualTo(saved.normalized());

        assertThatThrownBy(() -> people.as(alex, () -> service.proposeRhythm(couple.spaceId(), new RhythmProposal(null, LocalTime.NOON, 3))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems()).containsKeys("day", "everyWeeks"));
        assertThat(page(alex).rhythm()).isNull();
        UUID revealedId = revealedAfter(id);
        assertThatThrownBy(() -> people.as(alex, () -> service.raiseIssue(revealedId, new NewIssue(" ", null))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems()).containsKey("title"));
        assertThatThrownBy(() -> people.as(alex, () -> service.planTogether(revealedId, null, "y".repeat(121), false)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems()).containsKey("plan"));
        assertThat(page(alex).current().issues()).isEmpty();
        assertThat(page(alex).current().togetherPlan()).isNull();
    }

    @Test
    void a_plan_the_other_partner_changed_meanwhile_is_never_overwritten() {
        UUID id = revealed();
        people.as(alex, () -> service.planTogether(id, null, "Cinema on Friday", false));

        assertThatThrownBy(() -> people.as(sam, () -> service.planTogether(id, null, "Dinner on Thursday", false)))
                .isInstanceOf(CheckinStepException.class);
        assertThat(page(sam).current().togetherPlan()).isEqualTo("Cinema on Friday");
        people.as(sam, () -> service.planTogether(id, "Cinema on Friday", "Cinema on Friday, dinner after", false));
        assertThat(page(alex).current().togetherPlan()).isEqualTo("Cinema on Friday, dinner after");
    }

    @Test
    void an_open_check_in_stays_open_and_a_second_one_starts_only_once_it_is_done() {
        UUID id = started();
        assertThat(page(sam).canStart()).isFalse();
        assertThatThrownBy(() -> people.as(sam, () -> service.start(couple.spaceId())))
                .isInstanceOf(CheckinStepException.class);
        assertThatThrownBy(() -> people.as(sam, () -> service.done(id))).isInstanceOf(CheckinStepException.class);

        revealedAfter(id);
        people.as(sam, () -> service.done(id));
        UUID next = people.as(sam, () -> service.start(couple.spaceId()));
        assertThat(page(alex).current().id()).isEqualTo(next);
    }

    @Test
    void accepting_when_nothing_was_proposed_or_taking_back_before_submitting_is_refused_with_a_message() {
        assertThatThrownBy(() -> people.as(sam, () -> service.acceptRhythm(couple.spaceId())))
                .isInstanceOf(CheckinStepException.class).satisfies(refused -> assertThat(InEnglish.said(refused)).contains("no proposed time"));
        UUID id = started();
        assertThatThrownBy(() -> people.as(alex, () -> service.takeBack(id)))
                .isInstanceOf(CheckinStepException.class).satisfies(refused -> assertThat(InEnglish.said(refused)).contains("haven't submitted"));
        assertThat(sentences(alex)).doesNotContain("took back their check-in answers to change them");
    }

    @Test
    void every_other_week_the_next_check_in_comes_at_least_ten_days_after_the_last_one_started() {
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        Checkins.Rhythm fortnightly = new Checkins.Rhythm(1, DayOfWeek.SUNDAY, LocalTime.of(19, 0), 2, alex.id(),
                sam.id(), Instant.now());
        for (LocalDate started : List.of(sunday, sunday.minusDays(1), sunday.minusDays(6))) {
            Checkins.Item latest = new Checkins.Item(UUID.randomUUID(), 1, alex.id(),
                    started.atTime(19, 0).toInstant(ZoneOffset.UTC), null, null, List.of(), List.of(), null, null);
            LocalDate next = CheckinProjection.next(fortnightly, latest, sunday);
            assertThat(next.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(ChronoUnit.DAYS.between(started, next)).as("after %s", started).isBetween(10L, 16L);
        }
        assertThat(CheckinProjection.next(fortnightly, null, sunday.plusDays(1))).isEqualTo(sunday.plusDays(7));
    }

    @Test
    void a_partner_who_joins_after_the_other_left_sees_none_of_the_check_ins_from_before_and_the_one_who_stayed_keeps_theirs() {
        UUID before = started();
        people.as(alex, () -> service.saveAnswers(before, answers(SECRET, false)));
        people.as(alex, () -> service.submit(before));
        people.as(sam, () -> service.saveAnswers(before, answers("Sam", false)));
        people.as(sam, () -> service.submit(before));
        people.as(alex, () -> service.raiseIssue(before, new NewIssue("Weekends", SECRET + " in the issue")));

        Person noor = people.newPartnerAfterTheSecondLeft(couple, "Noor");

        assertThat(people.as(noor, () -> service.page(couple.spaceId())).current()).isNull();
        assertThat(people.as(noor, () -> service.revealedSince(couple.spaceId(), Instant.EPOCH))).isEmpty();
        assertThat(people.as(alex, () -> service.page(couple.spaceId())).current().answers())
                .as("Alex keeps his own answers").anySatisfy(mine -> assertThat(mine.wish()).contains(SECRET));
        UUID next = people.as(noor, () -> service.start(couple.spaceId()));
        assertThat(people.as(noor, () -> service.agenda(next)).toString()).doesNotContain(SECRET);
        assertThat(people.as(noor, () -> service.page(couple.spaceId())).toString()).doesNotContain(SECRET);
    }

    private void submitOrNote(Person person, UUID id, List<Throwable> refused) {
        try {
            people.as(person, () -> service.submit(id));
        } catch (RuntimeException e) {
            refused.add(e);
        }
    }

    private void assertRefused(CheckinAnswers answers, String field) {
        assertThatThrownBy(() -> people.as(alex, () -> service.saveAnswers(page(alex).current().id(), answers)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems()).containsKey(field));
    }

    private UUID otherSpaceGoal() {
        TestPeople.Couple others = people.newCouple();
        return people.as(others.first(), () -> board.add(others.spaceId(), BoardService.Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Not yours"))).id();
    }

    private UUID started() {
        return people.as(alex, () -> service.start(couple.spaceId()));
    }

    private UUID revealed() {
        return revealedAfter(started());
    }

    private UUID revealedAfter(UUID id) {
        people.as(alex, () -> service.saveAnswers(id, answers("Alex", false)));
        people.as(alex, () -> service.submit(id));
        people.as(sam, () -> service.saveAnswers(id, answers("Sam", false)));
        people.as(sam, () -> service.submit(id));
        return id;
    }

    private CheckinPage page(Person person) {
        return people.as(person, () -> service.page(couple.spaceId()));
    }

    private List<String> sentences(Person person) {
        return people.as(person, () -> activity.newest(couple.spaceId(), 3)).entries().stream()
                .map(ActivityText::sentence).toList();
    }

    /** Answers with {@code words} in every text field: the author's name, or a marker to look for elsewhere. */
    private static CheckinAnswers answers(String words, boolean shared) {
        return new CheckinAnswers(7, 8, shared, List.of(new AppreciationDraft(words + " appreciated the walk", null, null, shared)),
                words + " has news", shared, words + " wonders", shared, words + " felt tired", shared,
                words + " wishes for a quiet Sunday", shared);
    }
}
