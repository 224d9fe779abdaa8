package app.commonground.counselling;

import app.commonground.IntegrationTest;
import app.commonground.LockWaits;
import app.commonground.SettableClock;
import app.commonground.SpaceEvents;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Person;
import app.commonground.activity.ActivityLog;
import app.commonground.base.GoneException;
import app.commonground.base.InvalidInputException;
import app.commonground.base.Transactions;
import app.commonground.base.live.LiveSpaces;
import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.checkin.AppreciationDraft;
import app.commonground.checkin.CheckinAnswers;
import app.commonground.checkin.CheckinService;
import app.commonground.counselling.CaseloadViews.Case;
import app.commonground.counselling.CaseloadViews.Standing;
import app.commonground.counselling.CounsellingViews.NextSessionView;
import app.commonground.counselling.CounsellingViews.SinceLastSession;
import app.commonground.counselling.CounsellingViews.TimeRequest;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NewNegotiation;
import app.commonground.space.AccessRecords;
import app.commonground.space.ConsentService;
import app.commonground.space.CounsellorOnlyException;
import app.commonground.space.InvitationService;
import app.commonground.space.CounsellorAccessChanged.Change;
import app.commonground.space.LeavingService;
import app.commonground.space.ReadOnlyAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

@IntegrationTest
@Import({SpaceEvents.class, SettableClock.Config.class})
class CounsellingServiceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static final String NOTE = "rivera-private-note-4XZ";

    @Autowired
    CounsellingService service;
    @Autowired
    CaseloadService caseload;
    @Autowired
    NextSessionService next;
    @Autowired
    SettableClock clock;
    @Autowired
    LeavingService leaving;
    @Autowired
    AccessRecords records;
    @Autowired
    TestPeople people;
    @Autowired
    ConsentService consents;
    @Autowired
    InvitationService invitations;
    @Autowired
    BoardService board;
    @Autowired
    CheckinService checkins;
    @Autowired
    NegotiationService negotiations;
    @Autowired
    ActivityLog activity;
    @Autowired
    LiveSpaces live;
    @Autowired
    SpaceEvents recorder;
    @Autowired
    Transactions transactions;
    @Autowired
    DataSource dataSource;

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

    @AfterEach
    void timeGoesOnAsItDoes() {
        clock.set(Instant.now());
    }

    @Test
    void the_consent_history_records_every_step_in_order_and_only_ever_grows() {
        List<AccessRecords.ConsentStep> before = people.as(sam, () -> records.history(couple.spaceId()));
        assertThat(before).extracting(AccessRecords.ConsentStep::change)
                .containsExactly(Change.INVITED, Change.ASKED, Change.APPROVED, Change.APPROVED);
        assertThat(before.get(2).actorName()).isEqualTo("Alex");
        assertThat(before.get(2).counsellorName()).isEqualTo("Dr Rivera");

        people.as(sam, () -> consents.revoke(couple.spaceId(), rivera.id()));

        List<AccessRecords.ConsentStep> after = people.as(alex, () -> records.history(couple.spaceId()));
        assertThat(after).hasSize(5).startsWith(before.toArray(AccessRecords.ConsentStep[]::new));
        assertThat(after.getLast().change()).isEqualTo(Change.REVOKED);
        assertThat(after.getLast().actorName()).isEqualTo("Sam");
        Person another = people.newPerson("Dr Lee");
        people.withCounsellor(couple, another);
        assertThatThrownBy(() -> people.as(another, () -> records.history(couple.spaceId())))
                .isInstanceOf(ReadOnlyAccessException.class);
        assertThatThrownBy(() -> people.as(people.newPerson("Stranger"), () -> records.history(couple.spaceId())))
                .isInstanceOf(GoneException.class);
    }

    @Test
    void a_counsellor_opening_the_summary_or_the_space_is_recorded_for_the_partners_alone() {
        people.as(rivera, () -> service.sinceLastSession(couple.spaceId()));
        people.as(rivera, () -> records.opened(couple.spaceId(), AccessRecords.ReadKind.SPACE));
        people.as(alex, () -> service.sinceLastSession(couple.spaceId()));

        assertThat(people.as(sam, () -> records.visits(couple.spaceId())))
                .extracting(AccessRecords.Visit::counsellorName, AccessRecords.Visit::what)
                .containsExactly(tuple("Dr Rivera", AccessRecords.ReadKind.SPACE),
                        tuple("Dr Rivera", AccessRecords.ReadKind.SUMMARY));
        assertThatThrownBy(() -> people.as(rivera, () -> records.visits(couple.spaceId())))
                .isInstanceOf(ReadOnlyAccessException.class);
    }

    @Test
    void the_counsellor_records_sessions_both_partners_see_them_and_nobody_else_can_record_one() {
        LocalDate today = LocalDate.now();
        people.as(rivera, () -> service.recordSession(couple.spaceId(), today.minusDays(3)));

        assertThat(people.as(alex, () -> service.sessions(couple.spaceId())))
                .extracting(CounsellingViews.Session::heldOn, CounsellingViews.Session::counsellorName)
                .containsExactly(tuple(today.minusDays(3), "Dr Rivera"));
        assertThatThrownBy(() -> people.as(alex, () -> service.recordSession(couple.spaceId(), today)))
                .isInstanceOf(CounsellorOnlyException.class);
        assertThatThrownBy(() -> people.as(rivera, () -> service.recordSession(couple.spaceId(), today.minusDays(3))))
                .isInstanceOf(CounsellingStepException.class);
        assertRefused(() -> service.recordSession(couple.spaceId(), today.plusDays(2)), "heldOn");
        assertRefused(() -> service.recordSession(couple.spaceId(), null), "heldOn");
        assertThat(people.as(sam, () -> service.sessions(couple.spaceId()))).hasSize(1);
    }

    @Test
    void a_session_recorded_while_a_partner_ends_the_access_waits_for_the_end_and_is_then_refused() throws Exception {
        CountDownLatch revoking = new CountDownLatch(1);
        AtomicReference<Future<?>> recording = new AtomicReference<>();
        LockWaits locks = new LockWaits(dataSource);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<?> revoked = threads.submit(() -> people.as(sam, () -> transactions.write(() -> {
                consents.revoke(couple.spaceId(), rivera.id());
                revoking.countDown();
                await().pollInterval(Duration.ofMillis(10)).atMost(Duration.ofSeconds(20))
                        .until(() -> recording.get() != null && (recording.get().isDone() || locks.someoneWaits()));
                return null;
            })));
            revoking.await();
            recording.set(threads.submit(() -> people.as(rivera, () -> service.recordSession(couple.spaceId(),
                    LocalDate.now()))));
            revoked.get();

            assertThatThrownBy(() -> recording.get().get()).hasCauseInstanceOf(GoneException.class);
        }
        assertThat(people.as(alex, () -> service.sessions(couple.spaceId()))).isEmpty();
    }

    @Test
    void notes_reach_their_author_alone_not_partners_other_counsellors_pushes_activity_or_the_model_and_outlive_access() {
        Person lee = people.newPerson("Dr Lee");
        people.withCounsellor(couple, lee);
        int eventsBefore = recorder.events.size();
        UUID session = people.as(rivera, () -> service.recordSession(couple.spaceId(), LocalDate.now())).id();
        people.as(rivera, () -> service.writeNote(couple.spaceId(), session, NOTE + " about the session"));
        people.as(rivera, () -> service.writeNote(couple.spaceId(), null, NOTE + " about the space"));

        assertThat(people.as(rivera, () -> service.myNotes(couple.spaceId())).notes()).hasSize(2);
        assertThat(people.as(lee, () -> service.myNotes(couple.spaceId())).notes()).isEmpty();
        for (Person partner : List.of(alex, sam)) {
            assertThatThrownBy(() -> people.as(partner, () -> service.myNotes(couple.spaceId())))
                    .isInstanceOf(GoneException.class);
            assertThat(people.as(partner, () -> service.sinceLastSession(couple.spaceId())).toString()).doesNotContain(NOTE);
            assertThat(people.as(partner, () -> activity.newest(couple.spaceId(), 3)).toString()).doesNotContain(NOTE);
        }
        assertThat(recorder.events.subList(eventsBefore, recorder.events.size()).toString()).doesNotContain(NOTE);
        assertThat(live.readAfresh(couple.spaceId()).toString()).doesNotContain(NOTE);
        assertThatThrownBy(() -> people.as(lee, () -> service.writeNote(couple.spaceId(), session, "On Rivera's session")))
                .isInstanceOf(InvalidInputException.class);

        people.as(alex, () -> consents.revoke(couple.spaceId(), rivera.id()));
        CounsellingViews.MyNotes kept = people.as(rivera, () -> service.myNotes(couple.spaceId()));
        assertThat(kept.notes()).hasSize(2);
        assertThat(kept.writable()).isFalse();
        CounsellingViews.Note first = kept.notes().getFirst();
        assertThatThrownBy(() -> people.as(rivera, () -> service.writeNote(couple.spaceId(), null, "After")))
                .isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> people.as(rivera, () -> service.changeNote(first.id(), first.version(), "Changed")))
                .isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> people.as(rivera, () -> service.sinceLastSession(couple.spaceId())))
                .isInstanceOf(GoneException.class);
    }

    @Test
    void since_the_last_session_the_counsellor_sees_only_what_they_may_never_hidden_items_unshared_answers_or_drafts() {
        people.as(rivera, () -> service.recordSession(couple.spaceId(), LocalDate.now().minusDays(1)));
        people.as(alex, () -> board.add(couple.spaceId(), BoardService.Placement.SHARED, ItemDraft.idea(ItemKind.GOAL, "Visible goal")));
        people.as(alex, () -> board.add(couple.spaceId(), BoardService.Placement.MINE, ItemDraft.idea(ItemKind.GOAL, "Hidden goal"), true));
        UUID topic = people.as(sam, () -> negotiations.open(couple.spaceId(), new NewNegotiation("Money", null)));
        people.as(sam, () -> negotiations.saveDraft(topic, List.of("Sam's private draft"), List.of()));
        UUID checkin = people.as(alex, () -> checkins.start(couple.spaceId()));
        people.as(alex, () -> checkins.saveAnswers(checkin, answers("Alex shared thanks", true, "Alex private wish")));
        people.as(alex, () -> checkins.submit(checkin));
        people.as(sam, () -> checkins.saveAnswers(checkin, answers("Sam private thanks", false, "Sam private wish")));
        people.as(sam, () -> checkins.submit(checkin));

        SinceLastSession seen = people.as(rivera, () -> service.sinceLastSession(couple.spaceId()));
        assertThat(seen.from()).isEqualTo(LocalDate.now().minusDays(1));
        assertThat(seen.viewerIsCounsellor()).isTrue();
        assertThat(seen.partnerNames()).containsExactly("Alex", "Sam");
        assertThat(seen.goals()).extracting(line -> line.what().title()).contains("Visible goal").doesNotContain("Hidden goal");
        assertThat(seen.negotiations()).extracting(line -> line.what().title()).contains("Money");
        assertThat(seen.checkins()).hasSize(1);
        assertThat(seen.toString()).contains("Alex shared thanks")
                .doesNotContain("Hidden goal", "Sam's private draft", "Sam private thanks", "Sam private wish",
                        "Alex private wish");
        SinceLastSession partner = people.as(sam, () -> service.sinceLastSession(couple.spaceId()));
        assertThat(partner.toString()).contains("Hidden goal", "Sam private thanks", "Alex private wish")
                .doesNotContain("Sam's private draft");
    }

    @Test
    void someone_who_only_asked_or_was_declined_has_no_counselling_records_to_open() {
        Person asking = people.newPerson("Dr Asking");
        String token = people.as(alex, () -> invitations.inviteCounsellor(couple.spaceId()).token());
        people.as(asking, () -> invitations.accept(token));

        assertThatThrownBy(() -> people.as(asking, () -> service.myNotes(couple.spaceId()))).isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> people.as(asking, () -> service.spaceName(couple.spaceId()))).isInstanceOf(GoneException.class);
        people.as(sam, () -> consents.decline(couple.spaceId(), asking.id()));
        assertThatThrownBy(() -> people.as(asking, () -> service.myNotes(couple.spaceId()))).isInstanceOf(GoneException.class);
        assertThat(people.as(asking, () -> caseload.caseload())).isEmpty();
        assertThat(people.as(rivera, () -> caseload.caseload())).extracting(Case::standing)
                .containsExactly(Standing.OBSERVING);
    }

    @Test
    void bad_input_is_refused_with_a_message_and_nothing_is_saved() {
        assertRefused(() -> service.writeNote(couple.spaceId(), null, "  "), "words");
        assertRefused(() -> service.writeNote(couple.spaceId(), null, "x".repeat(4001)), "words");
        assertRefused(() -> service.writeNote(couple.spaceId(), UUID.randomUUID(), "About no session"), "sessionId");
        assertThat(people.as(rivera, () -> service.myNotes(couple.spaceId())).notes()).isEmpty();
        assertThatThrownBy(() -> people.as(alex, () -> service.writeNote(couple.spaceId(), null, "A partner's")))
                .isInstanceOf(CounsellorOnlyException.class);
    }

    @Test
    void the_counsellor_plans_the_next_session_in_their_time_zone_and_both_partners_see_that_moment() {
        LocalDate day = LocalDate.now(BERLIN).plusDays(3);
        people.as(rivera, () -> next.plan(couple.spaceId(), new SessionTime(day, "18:00", BERLIN)));

        Instant expected = day.atTime(18, 0).atZone(BERLIN).toInstant();
        for (Person partner : List.of(alex, sam)) {
            NextSessionView seen = nextSessionAs(partner).orElseThrow();
            assertThat(seen.startsAt()).isEqualTo(expected);
            assertThat(seen.counsellorName()).isEqualTo("Dr Rivera");
            assertThat(seen.mine()).isFalse();
        }
        NextSessionView riveras = nextSessionAs(rivera).orElseThrow();
        assertThat(riveras.mine()).isTrue();
        assertThat(riveras.counsellorZone()).isEqualTo(BERLIN);
    }

    @Test
    void planning_again_replaces_the_plan_and_clears_the_requests_for_another_time() {
        LocalDate day = LocalDate.now(BERLIN).plusDays(3);
        people.as(rivera, () -> next.plan(couple.spaceId(), new SessionTime(day, "18:00", BERLIN)));
        people.as(sam, () -> next.askForAnotherTime(couple.spaceId(), "Later that evening, please"));

        people.as(rivera, () -> next.plan(couple.spaceId(), new SessionTime(day, "19:30", BERLIN)));

        NextSessionView seen = nextSessionAs(alex).orElseThrow();
        assertThat(seen.startsAt()).isEqualTo(day.atTime(19, 30).atZone(BERLIN).toInstant());
        assertThat(seen.requests()).isEmpty();
    }

    @Test
    void the_counsellor_cancels_the_planned_session_and_nobody_sees_one_any_more() {
        people.as(rivera, () -> next.plan(couple.spaceId(), new SessionTime(LocalDate.now(BERLIN).plusDays(2), "9:00", BERLIN)));

        people.as(rivera, () -> next.cancel(couple.spaceId()));

        assertThat(nextSessionAs(alex)).isEmpty();
        assertThat(nextSessionAs(rivera)).isEmpty();
        assertThatThrownBy(() -> people.as(rivera, () -> next.cancel(couple.spaceId())))
                .isInstanceOf(CounsellingStepException.class);
    }

    @Test
    void a_partner_asks_for_another_time_and_everyone_in_the_space_sees_who_asked_while_the_plan_stays() {
        LocalDate day = LocalDate.now(BERLIN).plusDays(3);
        people.as(rivera, () -> next.plan(couple.spaceId(), new SessionTime(day, "18:00", BERLIN)));

        people.as(sam, () -> next.askForAnotherTime(couple.spaceId(), "Could we start at seven?"));
        people.as(sam, () -> next.askForAnotherTime(couple.spaceId(), "Could we start at half past seven?"));

        NextSessionView riveras = nextSessionAs(rivera).orElseThrow();
        assertThat(riveras.startsAt()).isEqualTo(day.atTime(18, 0).atZone(BERLIN).toInstant());
        assertThat(riveras.requests()).extracting(TimeRequest::partnerName, TimeRequest::words)
                .containsExactly(tuple("Sam", "Could we start at half past seven?"));
        assertThat(nextSessionAs(sam).orElseThrow().askedByViewer()).isTrue();
        assertThat(nextSessionAs(alex).orElseThrow().requests()).extracting(TimeRequest::partnerName, TimeRequest::byViewer)
                .containsExactly(tuple("Sam", false));
    }

    @Test
    void a_planned_session_whose_time_has_come_is_recorded_as_held_on_its_day_where_the_counsellor_planned_it() {
        LocalDate day = LocalDate.now(BERLIN).plusDays(3);
        people.as(rivera, () -> next.plan(couple.spaceId(), new SessionTime(day, "0:30", BERLIN)));
        Instant startsAt = day.atTime(0, 30).atZone(BERLIN).toInstant();
        clock.set(startsAt.plus(Duration.ofMinutes(50)));

        CounsellingViews.Session held = people.as(rivera, () -> next.recordAsHeld(couple.spaceId()));

        assertThat(held.heldOn()).isEqualTo(day).isNotEqualTo(LocalDate.ofInstant(startsAt, java.time.ZoneOffset.UTC));
        assertThat(people.as(alex, () -> service.sessions(couple.spaceId())))
                .extracting(CounsellingViews.Session::heldOn).containsExactly(day);
        assertThat(nextSessionAs(alex)).isEmpty();
        assertThat(people.as(sam, () -> service.sinceLastSession(couple.spaceId())).from()).isEqualTo(day);
    }

    @Test
    void a_planned_session_still_to_come_cannot_be_recorded_as_held() {
        people.as(rivera, () -> next.plan(couple.spaceId(), new SessionTime(LocalDate.now(BERLIN).plusDays(1), "18:00", BERLIN)));

        assertThatThrownBy(() -> people.as(rivera, () -> next.recordAsHeld(couple.spaceId())))
                .isInstanceOf(CounsellingStepException.class);
        assertThat(people.as(alex, () -> service.sessions(couple.spaceId()))).isEmpty();
        assertThat(nextSessionAs(alex)).isPresent();
    }

    @Test
    void a_partner_can_neither_plan_nor_cancel_nor_record_the_session() {
        SessionTime time = new SessionTime(LocalDate.now(BERLIN).plusDays(3), "18:00", BERLIN);
        assertThatThrownBy(() -> people.as(alex, () -> next.plan(couple.spaceId(), time)))
                .isInstanceOf(CounsellorOnlyException.class);
        people.as(rivera, () -> next.plan(couple.spaceId(), time));

        assertThatThrownBy(() -> people.as(alex, () -> next.cancel(couple.spaceId())))
                .isInstanceOf(CounsellorOnlyException.class);
        assertThatThrownBy(() -> people.as(sam, () -> next.recordAsHeld(couple.spaceId())))
                .isInstanceOf(CounsellorOnlyException.class);
        assertThat(nextSessionAs(alex)).isPresent();
    }

    @Test
    void a_stranger_finds_no_such_space_to_plan_ask_about_or_read_a_session_in() {
        Person stranger = people.newPerson("Stranger");
        people.as(rivera, () -> next.plan(couple.spaceId(), new SessionTime(LocalDate.now(BERLIN).plusDays(3), "18:00", BERLIN)));

        assertThatThrownBy(() -> people.as(stranger, () -> next.plan(couple.spaceId(),
                new SessionTime(LocalDate.now(BERLIN).plusDays(4), "18:00", BERLIN)))).isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> next.cancel(couple.spaceId()))).isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> next.askForAnotherTime(couple.spaceId(), "Never")))
                .isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> nextSessionAs(stranger)).isInstanceOf(GoneException.class);
    }

    @Test
    void a_time_that_has_passed_or_is_no_time_is_refused_next_to_its_field_and_nothing_is_planned() {
        LocalDate today = LocalDate.now(BERLIN);
        clock.set(today.atTime(12, 0).atZone(BERLIN).toInstant());

        assertRefused(() -> next.plan(couple.spaceId(), new SessionTime(today.minusDays(1), "18:00", BERLIN)), "day");
        assertRefused(() -> next.plan(couple.spaceId(), new SessionTime(today, "11:00", BERLIN)), "time");
        assertRefused(() -> next.plan(couple.spaceId(), new SessionTime(today.plusDays(1), "25:99", BERLIN)), "time");
        assertRefused(() -> next.plan(couple.spaceId(), new SessionTime(null, "18:00", BERLIN)), "day");
        assertRefused(() -> next.plan(couple.spaceId(), new SessionTime(today.plusYears(2), "18:00", BERLIN)), "day");
        assertThat(nextSessionAs(alex)).isEmpty();
    }

    @Test
    void a_counsellor_whose_access_ended_plans_nothing_and_their_plan_is_no_longer_anyones_next_session() {
        SessionTime time = new SessionTime(LocalDate.now(BERLIN).plusDays(3), "18:00", BERLIN);
        people.as(rivera, () -> next.plan(couple.spaceId(), time));

        people.as(sam, () -> consents.revoke(couple.spaceId(), rivera.id()));

        assertThat(nextSessionAs(alex)).isEmpty();
        assertThatThrownBy(() -> people.as(rivera, () -> next.plan(couple.spaceId(), time))).isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> people.as(rivera, () -> next.cancel(couple.spaceId()))).isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> people.as(alex, () -> next.askForAnotherTime(couple.spaceId(), "Another day?")))
                .isInstanceOf(CounsellingStepException.class);
    }

    @Test
    void a_counsellor_let_in_again_after_their_access_ended_finds_no_old_plan_or_request_waiting() {
        people.as(rivera, () -> next.plan(couple.spaceId(), new SessionTime(LocalDate.now(BERLIN).plusDays(3), "18:00", BERLIN)));
        people.as(sam, () -> next.askForAnotherTime(couple.spaceId(), "Could it be a Tuesday?"));

        people.as(sam, () -> consents.revoke(couple.spaceId(), rivera.id()));
        people.withCounsellor(couple, rivera);

        assertThat(nextSessionAs(rivera)).isEmpty();
        assertThat(nextSessionAs(alex)).isEmpty();
    }

    @Test
    void a_request_for_another_time_that_is_empty_too_long_or_holds_control_characters_is_refused_next_to_the_field() {
        people.as(rivera, () -> next.plan(couple.spaceId(), new SessionTime(LocalDate.now(BERLIN).plusDays(3), "18:00", BERLIN)));

        for (String words : List.of("  ", "x".repeat(NextSessionService.MAX_REQUEST + 1), "Later\u0007please")) {
            assertThatThrownBy(() -> people.as(sam, () -> next.askForAnotherTime(couple.spaceId(), words)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            refused -> assertThat(refused.problems()).containsOnlyKeys("words"));
        }
        assertThat(nextSessionAs(rivera).orElseThrow().requests()).isEmpty();
    }

    @Test
    void a_counsellor_cannot_ask_for_another_time() {
        people.as(rivera, () -> next.plan(couple.spaceId(), new SessionTime(LocalDate.now(BERLIN).plusDays(3), "18:00", BERLIN)));

        assertThatThrownBy(() -> people.as(rivera, () -> next.askForAnotherTime(couple.spaceId(), "Myself")))
                .isInstanceOf(ReadOnlyAccessException.class);
    }

    @Test
    void a_partner_who_leaves_takes_their_request_for_another_time_with_them() {
        people.as(rivera, () -> next.plan(couple.spaceId(), new SessionTime(LocalDate.now(BERLIN).plusDays(3), "18:00", BERLIN)));
        people.as(alex, () -> next.askForAnotherTime(couple.spaceId(), "Alex's request"));

        people.as(alex, () -> leaving.leave(couple.spaceId()));

        assertThat(nextSessionAs(rivera).orElseThrow().requests()).isEmpty();
    }

    @Test
    void planning_asking_and_cancelling_reach_the_spaces_open_model_at_once() {
        AtomicReference<NextSession> seen = new AtomicReference<>();
        LiveSpaces.Watch watch = live.watch(couple.spaceId(), model -> seen.set(model.get(NextSession.class)));
        try {
            assertThat(watch.model().get(NextSession.class)).isEqualTo(NextSession.NONE);
            people.as(rivera, () -> next.plan(couple.spaceId(), new SessionTime(LocalDate.now(BERLIN).plusDays(3), "18:00", BERLIN)));
            assertThat(seen.get().plan().counsellorId()).isEqualTo(rivera.id());

            people.as(sam, () -> next.askForAnotherTime(couple.spaceId(), "At seven?"));
            assertThat(seen.get().plan().requests()).extracting(NextSession.Request::words).containsExactly("At seven?");

            people.as(rivera, () -> next.cancel(couple.spaceId()));
            assertThat(seen.get()).isEqualTo(NextSession.NONE);
            assertThat(live.readAfresh(couple.spaceId()).get(NextSession.class)).isEqualTo(NextSession.NONE);
        } finally {
            watch.remove();
        }
    }

    private Optional<NextSessionView> nextSessionAs(Person person) {
        return people.as(person, () -> service.nextSession(couple.spaceId()));
    }

    private void assertRefused(Runnable action, String field) {
        assertThatThrownBy(() -> people.as(rivera, action)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).containsKey(field));
    }

    private static CheckinAnswers answers(String thanks, boolean shareThanks, String wish) {
        return new CheckinAnswers(7, 7, false, List.of(new AppreciationDraft(thanks, null, null, shareThanks)),
                null, false, null, false, null, false, wish, false);
    }
}
