package app.commonground.counselling;

import app.commonground.IntegrationTest;
import app.commonground.LockWaits;
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
import app.commonground.counselling.CounsellingViews.SinceLastSession;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NewNegotiation;
import app.commonground.space.AccessRecords;
import app.commonground.space.ConsentService;
import app.commonground.space.CounsellorOnlyException;
import app.commonground.space.InvitationService;
import app.commonground.space.CounsellorAccessChanged.Change;
import app.commonground.space.ReadOnlyAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
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
@Import(SpaceEvents.class)
class CounsellingServiceTest {

    static final String NOTE = "rivera-private-note-4XZ";

    @Autowired
    CounsellingService service;
    @Autowired
    CaseloadService caseload;
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

    private void assertRefused(Runnable action, String field) {
        assertThatThrownBy(() -> people.as(rivera, action)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).containsKey(field));
    }

    private static CheckinAnswers answers(String thanks, boolean shareThanks, String wish) {
        return new CheckinAnswers(7, 7, false, List.of(new AppreciationDraft(thanks, null, null, shareThanks)),
                null, false, null, false, null, false, wish, false);
    }
}
