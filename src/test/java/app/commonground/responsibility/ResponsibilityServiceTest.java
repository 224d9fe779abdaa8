package app.commonground.responsibility;

import app.commonground.InEnglish;
import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.account.AccountService;
import app.commonground.base.InvalidInputException;
import app.commonground.responsibility.ResponsibilityChange.FromTo;
import app.commonground.space.ReadOnlyAccessException;
import app.commonground.space.SpaceMembers;
import app.commonground.space.SpaceNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@IntegrationTest
class ResponsibilityServiceTest {

    @Autowired
    ResponsibilityService service;
    @Autowired
    TestPeople people;
    @Autowired
    AccountService accounts;

    TestPeople.Couple couple;
    TestPeople.Person alex;
    TestPeople.Person sam;

    @BeforeEach
    void aCoupleWithACounsellor() {
        couple = people.newCouple();
        alex = couple.first();
        sam = couple.second();
    }

    @Test
    void a_proposal_waits_for_the_other_partner_and_becomes_agreed_when_they_accept() {
        ResponsibilityView proposed = propose(alex, draft("Weekly food shop", alex.id(), 90));

        assertThat(proposed.state()).isEqualTo(ResponsibilityState.PROPOSED);
        assertThat(proposed.waitingForViewer()).isFalse();
        ResponsibilityView samSees = people.as(sam, () -> service.responsibility(proposed.id()));
        assertThat(samSees.waitingForViewer()).isTrue();
        assertThat(people.as(sam, () -> service.list(couple.spaceId())).waitingForViewer()).isEqualTo(1);

        ResponsibilityView agreed = people.as(sam, () -> service.accept(proposed.id(), samSees.revision()));

        assertThat(agreed.state()).isEqualTo(ResponsibilityState.AGREED);
        assertThat(agreed.agreedByName()).isEqualTo("Sam");
        assertThat(agreed.agreedAt()).isNotNull();
        assertThat(people.as(alex, () -> service.responsibility(proposed.id())).agreed()).isTrue();
    }

    @Test
    void nobody_can_accept_their_own_proposal() {
        ResponsibilityView proposed = propose(alex, draft("Weekly food shop", alex.id(), 90));

        assertThatThrownBy(() -> people.as(alex, () -> service.accept(proposed.id(), proposed.revision())))
                .isInstanceOf(RefusedStepException.class)
                .satisfies(refused -> assertThat(InEnglish.said(refused)).isEqualTo("You proposed this, so your partner is the one to accept it."));
        assertThat(people.as(alex, () -> service.responsibility(proposed.id())).agreed()).isFalse();
    }

    @Test
    void a_change_after_agreement_makes_it_proposed_again_by_whoever_changed_it_and_says_what_changed() {
        ResponsibilityView agreed = agreedItem(draft("Weekly food shop", alex.id(), 90));

        ResponsibilityView changed = people.as(alex, () -> service.change(agreed.id(), agreed.revision(),
                new ResponsibilityDraft("Weekly food shop", Area.HOUSEHOLD, sam.id(), Cadence.WEEKLY,
                        "Fridge stocked for the week", 120, null)));

        assertThat(changed.state()).isEqualTo(ResponsibilityState.PROPOSED);
        assertThat(changed.proposedByName()).isEqualTo("Alex");
        assertThat(changed.lastChange()).isEqualTo(new ResponsibilityChange(new FromTo<>("Alex", "Sam"),
                new FromTo<>("Done properly", "Fridge stocked for the week"), new FromTo<>(90, 120), null));
        assertThat(people.as(sam, () -> service.responsibility(agreed.id())).waitingForViewer()).isTrue();
    }

    @Test
    void a_change_keeps_whose_it_was_by_id_so_a_partner_who_deleted_their_account_reads_as_a_former_member() {
        ResponsibilityView proposed = propose(sam, draft("Bins", sam.id(), 15));
        ResponsibilityView changed = people.as(alex, () -> service.change(proposed.id(), proposed.revision(),
                draft("Bins", alex.id(), 15)));
        assertThat(changed.lastChange()).isEqualTo(new ResponsibilityChange(new FromTo<>("Sam", "Alex"), null, null, null));

        people.as(sam, () -> accounts.deleteAccount(TestPeople.PASSWORD));

        ResponsibilityView after = people.as(alex, () -> service.responsibility(proposed.id()));
        assertThat(after.lastChange().owner()).isEqualTo(new FromTo<>(SpaceMembers.FORMER_MEMBER, "Alex"));
    }

    @Test
    void changing_a_proposal_makes_it_the_changers_proposal_for_the_other_to_accept() {
        ResponsibilityView proposed = propose(alex, draft("Weekly food shop", alex.id(), 90));

        ResponsibilityView counter = people.as(sam, () -> service.change(proposed.id(), proposed.revision(),
                draft("Weekly food shop", null, 90)));

        assertThat(counter.proposedByName()).isEqualTo("Sam");
        assertThat(counter.shared()).isTrue();
        assertThat(counter.lastChange().owner()).isEqualTo(new FromTo<>("Alex", null));
        assertThat(people.as(alex, () -> service.responsibility(proposed.id())).waitingForViewer()).isTrue();
        assertThatThrownBy(() -> people.as(sam, () -> service.accept(proposed.id(), counter.revision())))
                .isInstanceOf(RefusedStepException.class);
    }

    @Test
    void accepting_a_version_that_has_since_changed_is_refused_as_a_conflict() {
        ResponsibilityView proposed = propose(alex, draft("Weekly food shop", alex.id(), 90));
        people.as(alex, () -> service.change(proposed.id(), proposed.revision(), draft("Weekly food shop", alex.id(), 30)));

        var conflict = catchThrowableOfType(ResponsibilityConflictException.class,
                () -> people.as(sam, () -> service.accept(proposed.id(), proposed.revision())));

        assertThat(conflict.current().minutesPerWeek()).isEqualTo(30);
        assertThat(people.as(sam, () -> service.responsibility(proposed.id())).agreed()).isFalse();
    }

    @Test
    void a_hand_over_moves_the_owner_only_when_the_other_partner_accepts() {
        ResponsibilityView agreed = agreedItem(draft("Pay the bills", alex.id(), 30));

        ResponsibilityView asked = people.as(alex, () -> service.askHandOver(agreed.id()));
        assertThat(asked.handOverToName()).isEqualTo("Sam");
        assertThat(asked.ownerName()).isEqualTo("Alex");
        assertThat(people.as(sam, () -> service.responsibility(agreed.id())).handOverToViewer()).isTrue();

        ResponsibilityView taken = people.as(sam, () -> service.acceptHandOver(agreed.id()));
        assertThat(taken.ownerName()).isEqualTo("Sam");
        assertThat(taken.handOverAsked()).isFalse();
        assertThat(taken.agreed()).isTrue();
    }

    @Test
    void a_declined_hand_over_leaves_the_owner_as_they_were() {
        ResponsibilityView agreed = agreedItem(draft("Pay the bills", alex.id(), 30));
        people.as(alex, () -> service.askHandOver(agreed.id()));

        ResponsibilityView declined = people.as(sam, () -> service.declineHandOver(agreed.id()));

        assertThat(declined.ownerName()).isEqualTo("Alex");
        assertThat(declined.handOverAsked()).isFalse();
        assertThatThrownBy(() -> people.as(sam, () -> service.acceptHandOver(agreed.id())))
                .isInstanceOf(RefusedStepException.class);
    }

    @Test
    void only_the_owner_can_ask_to_hand_over_and_only_the_asked_partner_can_answer() {
        ResponsibilityView agreed = agreedItem(draft("Pay the bills", alex.id(), 30));

        assertThatThrownBy(() -> people.as(sam, () -> service.askHandOver(agreed.id())))
                .isInstanceOf(RefusedStepException.class);
        people.as(alex, () -> service.askHandOver(agreed.id()));
        assertThatThrownBy(() -> people.as(alex, () -> service.acceptHandOver(agreed.id())))
                .isInstanceOf(RefusedStepException.class);
    }

    @Test
    void the_counsellor_is_refused_every_change() {
        ResponsibilityView item = propose(alex, draft("Weekly food shop", alex.id(), 90));
        UUID id = item.id();
        List<Runnable> changes = List.of(
                () -> service.propose(couple.spaceId(), draft("Sneaky", null, 10)),
                () -> service.change(id, item.revision(), draft("Sneaky", null, 10)),
                () -> service.accept(id, item.revision()),
                () -> service.askHandOver(id),
                () -> service.acceptHandOver(id),
                () -> service.declineHandOver(id));

        for (Runnable change : changes) {
            assertThatThrownBy(() -> people.as(couple.counsellor(), change)).isInstanceOf(ReadOnlyAccessException.class);
        }
        assertThat(people.as(couple.counsellor(), () -> service.list(couple.spaceId())).items())
                .singleElement().satisfies(r -> {
                    assertThat(r.title()).isEqualTo("Weekly food shop");
                    assertThat(r.changeable()).isFalse();
                    assertThat(r.waitingForViewer()).isFalse();
                });
    }

    @Test
    void minutes_outside_a_week_and_an_empty_title_are_refused_and_change_nothing() {
        for (int minutes : new int[] {-1, 10_081}) {
            assertThatThrownBy(() -> propose(alex, draft("Weekly food shop", alex.id(), minutes)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems()).containsOnlyKeys("minutesPerWeek"));
        }
        assertThatThrownBy(() -> propose(alex, draft("  ", alex.id(), 30)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(InEnglish.problems(e)).containsEntry("title", "Please give it a title"));
        assertThat(propose(alex, draft("A whole week", alex.id(), 10_080)).minutesPerWeek()).isEqualTo(10_080);
        assertThat(people.as(alex, () -> service.list(couple.spaceId())).items()).hasSize(1);
    }

    @Test
    void an_owner_who_is_not_a_partner_of_the_space_is_refused() {
        var outsider = people.newPerson("Outsider");

        assertThatThrownBy(() -> propose(alex, draft("Weekly food shop", outsider.id(), 30)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(InEnglish.problems(e)).containsEntry("ownerId", "Choose one of you, or both of you together"));
        assertThatThrownBy(() -> propose(alex, draft("Weekly food shop", couple.counsellor().id(), 30)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(people.as(alex, () -> service.list(couple.spaceId())).items()).isEmpty();
    }

    @Test
    void an_id_from_another_couples_space_is_not_found() {
        TestPeople.Couple others = people.newCouple();
        ResponsibilityView theirs = people.as(others.first(), () -> service.propose(others.spaceId(),
                draft("Their chore", null, 30)));

        assertThatThrownBy(() -> people.as(sam, () -> service.accept(theirs.id(), theirs.revision())))
                .isInstanceOf(SpaceNotFoundException.class);
        assertThatThrownBy(() -> people.as(sam, () -> service.responsibility(theirs.id())))
                .isInstanceOf(SpaceNotFoundException.class);
        assertThat(people.as(others.second(), () -> service.responsibility(theirs.id())).agreed()).isFalse();
    }

    @Test
    void the_balance_shows_agreed_time_per_partner_with_shared_time_split_evenly_and_proposals_apart() {
        agreedItem(draft("Cooking", alex.id(), 300));
        agreedItem(draft("Cleaning", null, 120));
        propose(alex, draft("Laundry", sam.id(), 60));

        List<PartnerTime> balance = people.as(alex, () -> service.list(couple.spaceId())).balance();

        assertThat(balance).extracting(PartnerTime::name, PartnerTime::agreedMinutes, PartnerTime::proposedMinutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Alex", 360.0, 0.0),
                        org.assertj.core.groups.Tuple.tuple("Sam", 60.0, 60.0));
    }

    private ResponsibilityView agreedItem(ResponsibilityDraft draft) {
        ResponsibilityView proposed = propose(alex, draft);
        return people.as(sam, () -> service.accept(proposed.id(), proposed.revision()));
    }

    private ResponsibilityView propose(TestPeople.Person who, ResponsibilityDraft draft) {
        return people.as(who, () -> service.propose(couple.spaceId(), draft));
    }

    private static ResponsibilityDraft draft(String title, UUID owner, int minutes) {
        return new ResponsibilityDraft(title, Area.HOUSEHOLD, owner, Cadence.WEEKLY, "Done properly", minutes, null);
    }
}
