package app.commonground.counselling;

import app.commonground.IntegrationTest;
import app.commonground.SqlStatements;
import app.commonground.TestNegotiations;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Couple;
import app.commonground.TestPeople.Person;
import app.commonground.activity.ActivityKind;
import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemStatus;
import app.commonground.board.ItemView;
import app.commonground.checkin.AppreciationDraft;
import app.commonground.checkin.CheckinAnswers;
import app.commonground.checkin.CheckinService;
import app.commonground.counselling.CaseloadViews.Case;
import app.commonground.counselling.CaseloadViews.SinceCounts;
import app.commonground.counselling.CaseloadViews.Standing;
import app.commonground.counselling.CounsellingViews.SinceLastSession;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NewNegotiation;
import app.commonground.space.ConsentService;
import app.commonground.space.InvitationService;
import app.commonground.values.BoundaryDraft;
import app.commonground.values.BoundaryKind;
import app.commonground.values.ValuesService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CaseloadServiceTest {

    private static final String KEPT = "kept-from-counsellor-7QF";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    CaseloadService caseload;
    @Autowired
    CounsellingService counselling;
    @Autowired
    NextSessionService next;
    @Autowired
    TestPeople people;
    @Autowired
    TestNegotiations negotiating;
    @Autowired
    NegotiationService negotiations;
    @Autowired
    BoardService board;
    @Autowired
    CheckinService checkins;
    @Autowired
    ValuesService values;
    @Autowired
    ConsentService consents;
    @Autowired
    InvitationService invitations;
    @Autowired
    SqlStatements sql;
    @Autowired
    JdbcClient jdbc;

    @Test
    void each_couples_counts_are_what_since_our_last_session_lists_for_their_counsellor() {
        Person rivera = people.newPerson("Dr Rivera");
        Couple busy = people.withCounsellor(people.newPartners(), rivera);
        Couple quiet = people.withCounsellor(people.newPartners(), rivera);
        people.as(rivera, () -> counselling.recordSession(busy.spaceId(), LocalDate.now().minusDays(1)));
        aFortnightOfWork(busy);

        List<Case> cases = people.as(rivera, () -> caseload.caseload());

        assertThat(cases).extracting(Case::spaceId).containsExactlyInAnyOrder(busy.spaceId(), quiet.spaceId());
        Case row = cases.stream().filter(c -> c.spaceId().equals(busy.spaceId())).findFirst().orElseThrow();
        assertThat(row.since()).isEqualTo(new SinceCounts(LocalDate.now().minusDays(1), 1, 2, 1, 1, 1, 1));
        for (Case each : cases) {
            SinceLastSession listed = people.as(rivera, () -> counselling.sinceLastSession(each.spaceId()));
            assertThat(each.since()).as(each.spaceName()).isEqualTo(counted(listed));
        }
        assertThat(row.standing()).isEqualTo(Standing.OBSERVING);
        assertThat(row.partnerNames()).containsExactly("Alex", "Sam");
        assertThat(row.lastSession()).isEqualTo(LocalDate.now().minusDays(1));
    }

    @Test
    void couples_come_in_the_order_of_their_next_session_and_those_without_one_after_them() {
        Person rivera = people.newPerson("Dr Rivera");
        Couple later = people.withCounsellor(people.newPartners(), rivera);
        Couple sooner = people.withCounsellor(people.newPartners(), rivera);
        Couple unplanned = people.withCounsellor(people.newPartners(), rivera);
        people.as(rivera, () -> next.plan(later.spaceId(), new SessionTime(LocalDate.now().plusDays(3), "18:00", BERLIN)));
        people.as(rivera, () -> next.plan(sooner.spaceId(), new SessionTime(LocalDate.now().plusDays(1), "09:30", BERLIN)));
        people.as(later.second(), () -> next.askForAnotherTime(later.spaceId(), "Could it start an hour later?"));

        List<Case> cases = people.as(rivera, () -> caseload.caseload());

        assertThat(cases).extracting(Case::spaceId)
                .containsExactly(sooner.spaceId(), later.spaceId(), unplanned.spaceId());
        assertThat(cases.get(1).nextSession())
                .isEqualTo(LocalDate.now().plusDays(3).atTime(18, 0).atZone(BERLIN).toInstant());
        assertThat(cases.get(1).askedForAnotherTime()).containsExactly("Sam");
        assertThat(cases.get(1).toString()).doesNotContain("an hour later");
        assertThat(cases.get(2).nextSession()).isNull();
    }

    @Test
    void nothing_kept_from_the_counsellor_and_no_unshared_answer_is_counted_or_named_in_a_row() {
        Person rivera = people.newPerson("Dr Rivera");
        Couple couple = people.withCounsellor(people.newPartners(), rivera);
        people.as(rivera, () -> counselling.recordSession(couple.spaceId(), LocalDate.now().minusDays(1)));
        ItemView hidden = people.as(couple.first(), () -> board.add(couple.spaceId(), BoardService.Placement.MINE,
                ItemDraft.idea(ItemKind.GOAL, KEPT + " goal"), true));
        people.as(couple.first(), () -> board.setStatus(hidden.id(), hidden.revision(), ItemStatus.ACHIEVED));
        people.as(couple.second(), () -> values.writeBoundary(couple.spaceId(),
                new BoundaryDraft(BoundaryKind.TIME, KEPT + " boundary", false, null), true));
        people.as(couple.second(), () -> values.writeBoundary(couple.spaceId(),
                new BoundaryDraft(BoundaryKind.TIME, KEPT + " draft", true, null), false));
        UUID topic = people.as(couple.first(), () -> negotiations.open(couple.spaceId(), new NewNegotiation("Money", null)));
        people.as(couple.first(), () -> negotiations.saveDraft(topic, List.of(KEPT + " position"), List.of()));
        revealCheckin(couple, KEPT + " answer", false);

        Case row = people.as(rivera, () -> caseload.caseload()).getFirst();

        assertThat(row.toString()).doesNotContain(KEPT);
        assertThat(row.since()).isEqualTo(new SinceCounts(LocalDate.now().minusDays(1), 0, 0, 0, 1, 0, 0));
        assertThat(row.since()).isEqualTo(counted(people.as(rivera, () -> counselling.sinceLastSession(couple.spaceId()))));
        assertThat(people.as(couple.first(), () -> counselling.sinceLastSession(couple.spaceId())).goals())
                .as("the partner sees the goal the row does not count").hasSize(2);
    }

    @Test
    void a_counsellor_whose_access_ended_keeps_a_row_with_their_notes_alone() {
        Couple couple = people.newCouple();
        people.as(couple.counsellor(), () -> counselling.recordSession(couple.spaceId(), LocalDate.now()));
        people.as(couple.counsellor(), () -> counselling.writeNote(couple.spaceId(), null, "Talk about the holidays"));
        people.as(couple.second(), () -> consents.revoke(couple.spaceId(), couple.counsellor().id()));
        Couple another = people.newCouple();
        people.as(another.second(), () -> consents.revoke(another.spaceId(), another.counsellor().id()));

        assertThat(people.as(couple.counsellor(), () -> caseload.caseload())).containsExactly(new Case(
                couple.spaceId(), "Alex & Sam", Standing.ENDED, List.of(), 0, null, null, List.of(), null, 1));
        assertThat(people.as(another.counsellor(), () -> caseload.caseload())).as("no notes, nothing to show").isEmpty();
    }

    @Test
    void a_couple_still_deciding_shows_how_many_have_not_said_yes_and_nothing_else_of_their_space() {
        Couple couple = people.newPartners();
        Person lee = people.newPerson("Dr Lee");
        String token = people.as(couple.first(), () -> invitations.inviteCounsellor(couple.spaceId()).token());
        people.as(lee, () -> invitations.accept(token));
        people.as(couple.first(), () -> consents.approve(couple.spaceId(), lee.id()));

        assertThat(people.as(lee, () -> caseload.caseload())).containsExactly(new Case(couple.spaceId(), "Alex & Sam",
                Standing.WAITING_FOR_CONSENT, List.of(), 1, null, null, List.of(), null, 0));
        assertThat(people.as(couple.first(), () -> caseload.caseload())).as("a partner counsels nobody").isEmpty();
    }

    @Test
    void the_page_takes_as_many_statements_for_six_couples_as_for_two() {
        Person few = people.newPerson("Dr Few");
        Person many = people.newPerson("Dr Many");
        for (int i = 0; i < 8; i++) {
            Couple couple = people.withCounsellor(people.newPartners(), i < 2 ? few : many);
            people.as(i < 2 ? few : many, () -> counselling.recordSession(couple.spaceId(), LocalDate.now().minusDays(3)));
            aFortnightOfWork(couple);
        }

        long forTwo = statements(few);
        long forSix = statements(many);

        assertThat(people.as(many, () -> caseload.caseload())).hasSize(6)
                .allSatisfy(row -> assertThat(row.since().nothing()).isFalse());
        assertThat(forSix).isEqualTo(forTwo).isLessThanOrEqualTo(20);
    }

    private long statements(Person counsellor) {
        return people.as(counsellor, () -> {
            long before = sql.count();
            caseload.caseload();
            return sql.count() - before;
        });
    }

    /**
     * What the row counts since yesterday: a goal achieved, two agreements signed and one of them due for review,
     * a check-in revealed, a boundary shared, a negotiation that has waited three weeks on its step.
     */
    private void aFortnightOfWork(Couple couple) {
        ItemView goal = people.as(couple.first(), () -> board.add(couple.spaceId(), BoardService.Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Walk the coast path")));
        people.as(couple.first(), () -> board.setStatus(goal.id(), goal.revision(), ItemStatus.ACHIEVED));
        negotiating.agreed(couple, "Sundays", "Slow mornings");
        UUID due = negotiating.agreed(couple, "Chores", "A rota");
        jdbc.sql("update negotiation set review_date = ? where id = ?").params(LocalDate.now().minusDays(1), due).update();
        UUID stuck = negotiating.revealed(couple, "Holidays");
        jdbc.sql("update negotiation set step_since = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(21, ChronoUnit.DAYS)), stuck).update();
        revealCheckin(couple, "Thanks for the soup", true);
        people.as(couple.second(), () -> values.writeBoundary(couple.spaceId(),
                new BoundaryDraft(BoundaryKind.TIME, "I keep Sunday mornings for myself", true, null), true));
    }

    private void revealCheckin(Couple couple, String thanks, boolean shared) {
        UUID checkin = people.as(couple.first(), () -> checkins.start(couple.spaceId()));
        people.as(couple.first(), () -> checkins.saveAnswers(checkin, new CheckinAnswers(7, 7, false,
                List.of(new AppreciationDraft(thanks, null, null, shared)), null, false, null, false, null, false,
                null, false)));
        people.as(couple.first(), () -> checkins.submit(checkin));
        people.as(couple.second(), () -> checkins.saveAnswers(checkin, new CheckinAnswers(6, 8, false,
                List.of(new AppreciationDraft(KEPT + " thanks", null, null, false)), null, false, null, false, null, false, KEPT + " wish", false)));
        people.as(couple.second(), () -> checkins.submit(checkin));
    }

    /** What "since our last session" lists, counted as the caseload counts it. */
    private static SinceCounts counted(SinceLastSession listed) {
        return new SinceCounts(listed.from(),
                (int) listed.goals().stream().filter(line -> line.what().kind() == ActivityKind.ITEM_ACHIEVED).count(),
                (int) listed.negotiations().stream().filter(line -> line.what().kind() == ActivityKind.OUTCOME_SIGNED).count(),
                listed.due().size(), listed.checkins().size(),
                (int) listed.boundaries().stream().filter(b -> !b.publishedAt().isBefore(listed.start())).count(),
                listed.waitingLong().size());
    }
}
