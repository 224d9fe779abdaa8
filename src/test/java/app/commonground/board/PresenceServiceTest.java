package app.commonground.board;

import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.space.SpaceNotFoundException;
import app.commonground.space.SpaceRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PresenceServiceTest {

    @Autowired
    PresenceService presence;
    @Autowired
    TestPeople people;

    @Test
    void partners_and_an_observing_counsellor_are_listed_partners_first() {
        var couple = people.newCouple();
        people.as(couple.counsellor(), () -> presence.enter(couple.spaceId(), "rivera-tab"));
        people.as(couple.second(), () -> presence.enter(couple.spaceId(), "sam-tab"));
        people.as(couple.first(), () -> presence.enter(couple.spaceId(), "alex-tab"));

        var here = people.as(couple.first(), () -> presence.whoIsHere(couple.spaceId()));

        assertThat(here).extracting(PresentPerson::name).containsExactly("Alex", "Sam", "Dr Rivera");
        assertThat(here.get(2).role()).isEqualTo(SpaceRole.COUNSELLOR);
        assertThat(here.get(2).observing()).isTrue();
    }

    @Test
    void someone_with_two_tabs_open_is_present_once_until_both_close() {
        var couple = people.newCouple();
        people.as(couple.first(), () -> presence.enter(couple.spaceId(), "tab-1"));
        people.as(couple.first(), () -> presence.enter(couple.spaceId(), "tab-2"));

        assertThat(people.as(couple.second(), () -> presence.whoIsHere(couple.spaceId()))).hasSize(1);
        presence.leave(couple.spaceId(), "tab-1");
        assertThat(people.as(couple.second(), () -> presence.whoIsHere(couple.spaceId()))).hasSize(1);
        presence.leave(couple.spaceId(), "tab-2");
        assertThat(people.as(couple.second(), () -> presence.whoIsHere(couple.spaceId()))).isEmpty();
    }

    @Test
    void a_stranger_can_neither_appear_in_nor_look_into_a_space() {
        var couple = people.newCouple();
        var stranger = people.newPerson("Stranger");

        assertThatThrownBy(() -> people.as(stranger, () -> presence.enter(couple.spaceId(), "tab")))
                .isInstanceOf(SpaceNotFoundException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> presence.whoIsHere(couple.spaceId())))
                .isInstanceOf(SpaceNotFoundException.class);
    }
}
