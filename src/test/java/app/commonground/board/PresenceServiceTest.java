package app.commonground.board;

import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.space.SpaceNotFoundException;
import app.commonground.space.SpaceRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PresenceServiceTest {

    @Autowired
    PresenceService presence;
    @Autowired
    TestPeople people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void partners_and_an_observing_counsellor_are_listed_partners_first() {
        var couple = people.newCouple();
        people.as(couple.counsellor(), () -> presence.enter(couple.spaceId(), "rivera-tab"));
        people.as(couple.second(), () -> presence.enter(couple.spaceId(), "sam-tab"));
        people.as(couple.first(), () -> presence.enter(couple.spaceId(), "alex-tab"));

        var here = people.as(couple.first(), () -> presence.presence(couple.spaceId()).here());

        assertThat(here).extracting(PresentPerson::name).containsExactly("Alex", "Sam", "Dr Rivera");
        assertThat(here.get(2).role()).isEqualTo(SpaceRole.COUNSELLOR);
        assertThat(here.get(2).observing()).isTrue();
    }

    @Test
    void someone_with_two_tabs_open_is_present_once_until_both_close() {
        var couple = people.newCouple();
        people.as(couple.first(), () -> presence.enter(couple.spaceId(), "tab-1"));
        people.as(couple.first(), () -> presence.enter(couple.spaceId(), "tab-2"));

        assertThat(people.as(couple.second(), () -> presence.presence(couple.spaceId()).here())).hasSize(1);
        presence.leave(couple.spaceId(), "tab-1");
        assertThat(people.as(couple.second(), () -> presence.presence(couple.spaceId()).here())).hasSize(1);
        presence.leave(couple.spaceId(), "tab-2");
        assertThat(people.as(couple.second(), () -> presence.presence(couple.spaceId()).here())).isEmpty();
    }

    @Test
    void a_stranger_can_neither_appear_in_nor_look_into_a_space() {
        var couple = people.newCouple();
        var stranger = people.newPerson("Stranger");

        assertThatThrownBy(() -> people.as(stranger, () -> presence.enter(couple.spaceId(), "tab")))
                .isInstanceOf(SpaceNotFoundException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> presence.presence(couple.spaceId()).here()))
                .isInstanceOf(SpaceNotFoundException.class);
    }

    @Test
    void someone_whose_screen_another_app_server_serves_is_present_here_too() {
        var couple = people.newCouple();
        openScreenOnAnotherServer(couple.spaceId(), couple.second().id(), "sam-elsewhere", Duration.ZERO);
        people.as(couple.first(), () -> presence.enter(couple.spaceId(), "alex-here"));

        assertThat(people.as(couple.first(), () -> presence.presence(couple.spaceId()).here()))
                .extracting(PresentPerson::name).containsExactly("Alex", "Sam");
    }

    @Test
    void the_screens_of_a_server_that_stopped_renewing_them_disappear_and_the_others_stay() {
        var couple = people.newCouple();
        openScreenOnAnotherServer(couple.spaceId(), couple.second().id(), "sam-on-a-crashed-server",
                PresenceService.EXPIRY.plusSeconds(1));
        people.as(couple.first(), () -> presence.enter(couple.spaceId(), "alex-here"));

        assertThat(people.as(couple.first(), () -> presence.presence(couple.spaceId()).here())).extracting(PresentPerson::name)
                .containsExactly("Alex");
        presence.renew();

        assertThat(jdbc.sql("select screen_key from screen_presence where space_id = ?").param(couple.spaceId())
                .query(String.class).list()).containsExactly("alex-here");
    }

    private void openScreenOnAnotherServer(UUID spaceId, UUID accountId, String screenKey, Duration lastRenewedAgo) {
        jdbc.sql("insert into screen_presence (screen_key, space_id, account_id, server_id, seen_at) values (?, ?, ?, ?, ?)")
                .params(screenKey, spaceId, accountId, "another-server",
                        OffsetDateTime.ofInstant(clock.instant().minus(lastRenewedAgo), ZoneOffset.UTC))
                .update();
    }
}
