package app.commonground.negotiation;

import app.commonground.InEnglish;
import app.commonground.activity.ui.ActivityText;
import app.commonground.AtOnce;
import app.commonground.IntegrationTest;
import app.commonground.SpaceEvents;
import app.commonground.TestNegotiations;
import app.commonground.TestPeople;
import app.commonground.base.InvalidInputException;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NegotiationViews.Option;
import app.commonground.space.ReadOnlyAccessException;
import app.commonground.space.SpaceNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import({SpaceEvents.class, TestNegotiations.class})
class NegotiationServiceTest {

    static final String ALEX_SECRET = "Alex secret need: a quiet evening every week";
    static final String SAM_SECRET = "Sam secret need: Sunday mornings together";

    @Autowired
    NegotiationService service;
    @Autowired
    TestPeople people;
    @Autowired
    SpaceEvents recorder;
    @Autowired
    app.commonground.responsibility.ResponsibilityService responsibilities;
    @Autowired
    app.commonground.activity.ActivityLog activity;

    @Autowired
    TestNegotiations negotiating;

    TestPeople.Couple couple;
    TestPeople.Person alex;
    TestPeople.Person sam;
    TestPeople.Person rivera;
    UUID id;

    @BeforeEach
    void aNegotiationIsOpen() {
        couple = people.newCouple();
        alex = couple.first();
        sam = couple.second();
        rivera = couple.counsellor();
        id = people.as(alex, () -> service.open(couple.spaceId(), new NewNegotiation("Weekends", "We both want them")));
    }

    @Test
    void a_whole_negotiation_goes_from_private_drafts_to_a_signed_agreement() {
        draftAndReady(alex, List.of(ALEX_SECRET), List.of("Which evening"));
        Detail revealed = draftAndReady(sam, List.of(SAM_SECRET), List.of("Time of day"));
        assertThat(revealed.step()).isEqualTo(NegotiationStep.MIRROR);
        assertThat(revealed.positions()).extracting(NegotiationViews.Position::name).containsExactly("Alex", "Sam");

        mirrorBothWays();
        Detail options = people.as(alex, () -> service.addOption(id, "Saturday is Alex's, Sunday morning is ours"));
        assertThat(options.step()).isEqualTo(NegotiationStep.OPTIONS);
        UUID option = options.options().getFirst().id();
        people.as(alex, () -> service.rate(id, option, 7));
        people.as(sam, () -> service.rate(id, option, 8));
        people.as(sam, () -> service.proposeOutcome(id, option, LocalDate.now().plusMonths(2)));

        Detail agreed = people.as(alex, () -> service.sign(id));

        assertThat(agreed.step()).isEqualTo(NegotiationStep.AGREED);
        assertThat(agreed.outcome().agreed()).isTrue();
        assertThat(agreed.outcome().optionText()).isEqualTo("Saturday is Alex's, Sunday morning is ours");
        assertThat(people.as(rivera, () -> service.negotiation(id)).outcome().agreed()).isTrue();
    }

    @Test
    void before_the_reveal_neither_the_other_partner_nor_the_counsellor_nor_any_push_message_holds_a_draft() {
        recorder.events.clear();
        people.as(alex, () -> service.saveDraft(id, List.of(ALEX_SECRET), List.of("Alex flexible secret")));
        people.as(alex, () -> service.setReady(id, true));

        Detail samSees = people.as(sam, () -> service.negotiation(id));
        Detail riveraSees = people.as(rivera, () -> service.negotiation(id));
        assertThat(samSees.toString()).doesNotContain("secret");
        assertThat(riveraSees.toString()).doesNotContain("secret");
        assertThat(samSees.positions()).isEmpty();
        assertThat(samSees.otherDraft()).isEqualTo(new NegotiationViews.OtherDraft("Alex", true));
        assertThat(people.as(sam, () -> service.list(couple.spaceId())).toString()).doesNotContain("secret");
        assertThat(recorder.events).isNotEmpty().allSatisfy(event -> assertThat(event.toString()).doesNotContain("secret"));
        assertThat(people.as(alex, () -> service.negotiation(id)).myDraft().coreNeeds()).containsExactly(ALEX_SECRET);
    }

    @Test
    void when_both_partners_say_ready_at_the_same_moment_both_drafts_are_revealed_and_screens_reading_meanwhile_never_fail()
            throws Exception {
        for (int number = 1; number <= 30; number++) {
            NewNegotiation round = new NewNegotiation("Round " + number, "Both say ready at once");
            UUID topic = people.as(alex, () -> service.open(couple.spaceId(), round));
            people.as(alex, () -> service.saveDraft(topic, List.of(ALEX_SECRET), List.of()));
            people.as(sam, () -> service.saveDraft(topic, List.of(SAM_SECRET), List.of()));
            AtOnce.run(() -> people.as(alex, () -> service.setReady(topic, true)),
                    () -> people.as(sam, () -> service.setReady(topic, true)),
                    () -> readUntilRevealed(rivera, topic));

            Detail after = people.as(rivera, () -> service.negotiation(topic));
            assertThat(after.step()).as("round %d", number).isEqualTo(NegotiationStep.MIRROR);
            assertThat(after.positions()).extracting(NegotiationViews.Position::name).containsExactly("Alex", "Sam");
            assertThat(after.restatements()).hasSize(2);
        }
    }

    @Test
    void a_partner_can_take_back_ready_until_the_other_is_ready_and_cannot_change_a_ready_draft() {
        draftAndReady(alex, List.of(ALEX_SECRET), List.of());

        assertThatThrownBy(() -> people.as(alex, () -> service.saveDraft(id, List.of("changed"), List.of())))
                .isInstanceOf(NegotiationStepException.class);
        Detail back = people.as(alex, () -> service.setReady(id, false));
        assertThat(back.myDraft().ready()).isFalse();
        assertThat(people.as(alex, () -> service.saveDraft(id, List.of("changed"), List.of())).myDraft().coreNeeds())
                .containsExactly("changed");
    }

    @Test
    void steps_out_of_order_are_refused() {
        assertThatThrownBy(() -> people.as(alex, () -> service.restate(id, "You need quiet")))
                .isInstanceOf(NegotiationStepException.class);
        assertThatThrownBy(() -> people.as(alex, () -> service.addOption(id, "Skip ahead")))
                .isInstanceOf(NegotiationStepException.class);
        assertThatThrownBy(() -> people.as(alex, () -> service.setReady(id, true)))
                .isInstanceOf(NegotiationStepException.class)
                .satisfies(refused -> assertThat(InEnglish.said(refused)).isEqualTo("Write at least one core need before you say you're ready."));

        draftAndReady(alex, List.of(ALEX_SECRET), List.of());
        draftAndReady(sam, List.of(SAM_SECRET), List.of());
        assertThatThrownBy(() -> people.as(alex, () -> service.saveDraft(id, List.of("late"), List.of())))
                .isInstanceOf(NegotiationStepException.class);
        assertThatThrownBy(() -> people.as(sam, () -> service.answerRestatement(id, true, null)))
                .isInstanceOf(NegotiationStepException.class)
                .satisfies(refused -> assertThat(InEnglish.said(refused)).isEqualTo("Your partner hasn't restated your needs yet."));
    }

    @Test
    void nobody_confirms_the_restatement_of_someone_elses_needs_and_only_confirmed_mirrors_lead_on() {
        draftAndReady(alex, List.of(ALEX_SECRET), List.of());
        draftAndReady(sam, List.of(SAM_SECRET), List.of());
        people.as(alex, () -> service.restate(id, "You want Sunday mornings with me"));

        assertThatThrownBy(() -> people.as(alex, () -> service.answerRestatement(id, true, null)))
                .isInstanceOf(NegotiationStepException.class);
        Detail corrected = people.as(sam, () -> service.answerRestatement(id, false, "Mornings, not the whole day"));
        assertThat(corrected.step()).isEqualTo(NegotiationStep.MIRROR);
        assertThat(corrected.restatements()).filteredOn(r -> r.speakerName().equals("Sam"))
                .singleElement().satisfies(r -> assertThat(r.correction()).isEqualTo("Mornings, not the whole day"));
        people.as(alex, () -> service.restate(id, "You want Sunday mornings, just the two of us"));
        people.as(sam, () -> service.answerRestatement(id, true, null));
        assertThat(people.as(sam, () -> service.negotiation(id)).step()).isEqualTo(NegotiationStep.MIRROR);
    }

    @Test
    void a_partner_rates_each_option_once_and_ratings_stay_hidden_until_both_have_rated() {
        reachOptions();
        UUID option = people.as(alex, () -> service.addOption(id, "Alternate weekends")).options().getFirst().id();
        people.as(alex, () -> service.rate(id, option, 3));

        Option samSees = people.as(sam, () -> service.negotiation(id)).options().getFirst();
        assertThat(samSees.ratings()).isEmpty();
        assertThat(samSees.viewerRating()).isNull();
        Option riveraSees = people.as(rivera, () -> service.negotiation(id)).options().getFirst();
        assertThat(riveraSees.ratings()).isEmpty();
        assertThat(riveraSees.viewerRating()).isNull();
        assertThat(riveraSees.lowest()).isNull();
        assertThatThrownBy(() -> people.as(alex, () -> service.rate(id, option, 9)))
                .isInstanceOf(NegotiationStepException.class).satisfies(refused -> assertThat(InEnglish.said(refused)).isEqualTo("You already rated this option."));

        people.as(sam, () -> service.rate(id, option, 9));
        Option both = people.as(rivera, () -> service.negotiation(id)).options().getFirst();
        assertThat(both.ratings()).extracting(NegotiationViews.Rating::score).containsExactly(3, 9);
        assertThat(both.lowest()).isEqualTo(3);
    }

    @Test
    void options_are_ranked_by_the_lower_rating_then_by_the_sum() {
        reachOptions();
        UUID delighted = addAndRate("Alex delighted, Sam unhappy", 10, 2);
        UUID fair = addAndRate("Both fine", 6, 6);
        UUID better = addAndRate("Both fine, Sam happier", 6, 8);

        assertThat(people.as(alex, () -> service.negotiation(id)).options()).extracting(Option::id)
                .containsExactly(better, fair, delighted);
    }

    @Test
    void nobody_signs_their_own_proposal_and_a_declined_outcome_returns_to_the_options_with_its_note() {
        reachOptions();
        UUID option = addAndRate("Alternate weekends", 7, 7);
        people.as(alex, () -> service.proposeOutcome(id, option, LocalDate.now().plusDays(30)));

        assertThatThrownBy(() -> people.as(alex, () -> service.sign(id))).isInstanceOf(NegotiationStepException.class);
        Detail declined = people.as(sam, () -> service.decline(id, "Only if we swap in the summer"));

        assertThat(declined.step()).isEqualTo(NegotiationStep.OPTIONS);
        assertThat(declined.outcome().declineNote()).isEqualTo("Only if we swap in the summer");
        assertThat(declined.outcome().declinedByName()).isEqualTo("Sam");
        assertThatThrownBy(() -> people.as(alex, () -> service.sign(id))).isInstanceOf(NegotiationStepException.class);
    }

    @Test
    void the_counsellor_is_refused_every_step() {
        List<Runnable> steps = List.of(
                () -> service.open(couple.spaceId(), new NewNegotiation("Sneaky", null)),
                () -> service.saveDraft(id, List.of("x"), List.of()),
                () -> service.setReady(id, true),
                () -> service.restate(id, "x"),
                () -> service.answerRestatement(id, true, null),
                () -> service.addOption(id, "x"),
                () -> service.rate(id, UUID.randomUUID(), 5),
                () -> service.proposeOutcome(id, UUID.randomUUID(), LocalDate.now().plusDays(3)),
                () -> service.sign(id),
                () -> service.decline(id, "x"),
                () -> service.turnIntoResponsibility(id),
                () -> service.turnIntoSharedGoal(id));
        for (Runnable step : steps) {
            assertThatThrownBy(() -> people.as(rivera, step)).isInstanceOf(ReadOnlyAccessException.class);
        }
    }

    @Test
    void a_non_member_reaches_none_of_it() {
        var stranger = people.newPerson("Stranger");

        assertThatThrownBy(() -> people.as(stranger, () -> service.negotiation(id))).isInstanceOf(SpaceNotFoundException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> service.list(couple.spaceId()))).isInstanceOf(SpaceNotFoundException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> service.setReady(id, true))).isInstanceOf(SpaceNotFoundException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> service.negotiation(UUID.randomUUID())))
                .isInstanceOf(NegotiationNotFoundException.class);
    }

    @Test
    void more_than_three_core_needs_and_empty_items_are_refused() {
        assertThatThrownBy(() -> people.as(alex, () -> service.saveDraft(id, List.of("a", "b", "c", "d"), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(InEnglish.problems(e))
                        .containsEntry("coreNeeds", "Three core needs at most: only the things you cannot give up"));
        assertThatThrownBy(() -> people.as(alex, () -> service.saveDraft(id, List.of("a", " "), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(InEnglish.problems(e)).containsEntry("coreNeeds", "Items can't be empty"));
        assertThatThrownBy(() -> people.as(alex, () -> service.saveDraft(id, List.of("a"), List.of(""))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("flexible"));
        assertThat(people.as(alex, () -> service.negotiation(id)).myDraft().coreNeeds()).isEmpty();
    }

    @Test
    void ratings_outside_zero_to_ten_and_a_review_date_that_is_not_in_the_future_are_refused() {
        reachOptions();
        UUID option = people.as(alex, () -> service.addOption(id, "Alternate weekends")).options().getFirst().id();

        for (int score : new int[] {-1, 11}) {
            assertThatThrownBy(() -> people.as(alex, () -> service.rate(id, option, score)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems()).containsOnlyKeys("score"));
        }
        people.as(alex, () -> service.rate(id, option, 5));
        people.as(sam, () -> service.rate(id, option, 5));
        for (LocalDate date : new LocalDate[] {LocalDate.now().minusDays(1), LocalDate.now()}) {
            assertThatThrownBy(() -> people.as(alex, () -> service.proposeOutcome(id, option, date)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(InEnglish.problems(e)).containsEntry("reviewDate", "Pick a review date after today"));
        }
        assertThat(people.as(sam, () -> service.negotiation(id)).outcome()).isNull();
    }

    @Test
    void an_agreed_outcome_becomes_a_proposed_responsibility_or_a_shared_goal_in_one_step() {
        reachOptions();
        UUID option = addAndRate("Alternate weekends", 7, 8);
        people.as(alex, () -> service.proposeOutcome(id, option, LocalDate.now().plusDays(30)));
        people.as(sam, () -> service.sign(id));

        var responsibility = people.as(sam, () -> service.turnIntoResponsibility(id));
        var goal = people.as(alex, () -> service.turnIntoSharedGoal(id));

        assertThat(responsibility.title()).isEqualTo("Alternate weekends");
        assertThat(responsibility.agreed()).isFalse();
        assertThat(responsibility.shared()).isTrue();
        assertThat(goal.title()).isEqualTo("Alternate weekends");
        assertThat(goal.shared()).isTrue();
    }

    @Test
    void rating_three_options_makes_one_line_in_the_activity_once_all_are_rated() {
        reachOptions();
        List<UUID> options = List.of("Saturday", "Sunday", "Both mornings").stream()
                .map(text -> people.as(sam, () -> service.addOption(id, text)).options().getLast().id()).toList();

        people.as(alex, () -> service.rate(id, options.get(0), 6));
        people.as(alex, () -> service.rate(id, options.get(1), 7));
        assertThat(ratingLines()).isEmpty();
        people.as(alex, () -> service.rate(id, options.get(2), 9));

        assertThat(ratingLines()).containsExactly("rated all 3 options in “Weekends”");
    }

    @Test
    void a_partner_who_joins_after_the_other_left_sees_an_agreement_but_not_the_positions_and_restatements_before_them() {
        UUID agreed = negotiating.agreed(couple, "Sundays", "Sunday mornings are slow");

        TestPeople.Person noor = people.newPartnerAfterTheSecondLeft(couple, "Noor");

        Detail noorSees = people.as(noor, () -> service.negotiation(agreed));
        assertThat(noorSees.outcome().optionText()).isEqualTo("Sunday mornings are slow");
        assertThat(noorSees.positions()).isEmpty();
        assertThat(noorSees.restatements()).isEmpty();
        assertThat(people.as(alex, () -> service.negotiation(agreed)).positions())
                .as("Alex keeps what he wrote").isNotEmpty();
    }

    private List<String> ratingLines() {
        return people.as(alex, () -> activity.newest(couple.spaceId(), 1)).entries().stream()
                .map(ActivityText::sentence).filter(d -> d.startsWith("rated")).toList();
    }

    @Test
    void an_agreed_outcome_becomes_a_responsibility_and_a_shared_goal_once_each_and_says_which_they_are() {
        reachOptions();
        UUID option = addAndRate("Alternate weekends", 7, 8);
        people.as(alex, () -> service.proposeOutcome(id, option, LocalDate.now().plusDays(30)));
        people.as(sam, () -> service.sign(id));
        var responsibility = people.as(sam, () -> service.turnIntoResponsibility(id));
        var goal = people.as(sam, () -> service.turnIntoSharedGoal(id));

        assertThatThrownBy(() -> people.as(alex, () -> service.turnIntoResponsibility(id)))
                .isInstanceOf(NegotiationStepException.class).satisfies(refused -> assertThat(InEnglish.said(refused)).isEqualTo("It's already on the responsibilities list."));
        assertThatThrownBy(() -> people.as(sam, () -> service.turnIntoSharedGoal(id)))
                .isInstanceOf(NegotiationStepException.class).satisfies(refused -> assertThat(InEnglish.said(refused)).isEqualTo("It's already a shared goal on the board."));

        var outcome = people.as(rivera, () -> service.negotiation(id)).outcome();
        assertThat(outcome.responsibilityId()).isEqualTo(responsibility.id());
        assertThat(outcome.sharedGoalId()).isEqualTo(goal.id());
        assertThat(people.as(alex, () -> responsibilities.list(couple.spaceId())).items())
                .filteredOn(r -> r.title().equals("Alternate weekends")).hasSize(1);
    }

    @Test
    void when_both_partners_turn_the_outcome_into_a_responsibility_at_the_same_moment_only_one_is_made()
            throws Exception {
        reachOptions();
        UUID option = addAndRate("Cook together on Fridays", 9, 8);
        people.as(alex, () -> service.proposeOutcome(id, option, LocalDate.now().plusDays(30)));
        people.as(sam, () -> service.sign(id));

        AtOnce.run(() -> convertIgnoringRefusal(alex), () -> convertIgnoringRefusal(sam));

        assertThat(people.as(alex, () -> responsibilities.list(couple.spaceId())).items())
                .filteredOn(r -> r.title().equals("Cook together on Fridays")).hasSize(1);
    }

    private void convertIgnoringRefusal(TestPeople.Person who) {
        try {
            people.as(who, () -> service.turnIntoResponsibility(id));
        } catch (NegotiationStepException alreadyDone) {
            // the other partner was first
        }
    }

    /**
     * What an open screen does while the partners act: reads the negotiation, and the list, again and again,
     * until the drafts are revealed, or (if they never are) for a few seconds, after which the test's
     * assertions say what went wrong instead of the test hanging.
     */
    private void readUntilRevealed(TestPeople.Person reader, UUID topic) {
        Instant giveUp = Instant.now().plusSeconds(10);
        while (people.as(reader, () -> service.negotiation(topic)).step() == NegotiationStep.DRAFT
                && Instant.now().isBefore(giveUp)) {
            people.as(reader, () -> service.list(couple.spaceId()));
        }
    }

    private Detail draftAndReady(TestPeople.Person who, List<String> core, List<String> flexible) {
        people.as(who, () -> service.saveDraft(id, core, flexible));
        return people.as(who, () -> service.setReady(id, true));
    }

    private void mirrorBothWays() {
        people.as(alex, () -> service.restate(id, "You need Sunday mornings together"));
        people.as(sam, () -> service.restate(id, "You need one quiet evening a week"));
        people.as(sam, () -> service.answerRestatement(id, true, null));
        people.as(alex, () -> service.answerRestatement(id, true, null));
    }

    private void reachOptions() {
        draftAndReady(alex, List.of(ALEX_SECRET), List.of());
        draftAndReady(sam, List.of(SAM_SECRET), List.of());
        mirrorBothWays();
    }

    private UUID addAndRate(String text, int alexScore, int samScore) {
        Detail added = people.as(alex, () -> service.addOption(id, text));
        UUID option = added.options().stream().filter(o -> o.text().equals(text)).findFirst().orElseThrow().id();
        people.as(alex, () -> service.rate(id, option, alexScore));
        people.as(sam, () -> service.rate(id, option, samScore));
        return option;
    }
}
