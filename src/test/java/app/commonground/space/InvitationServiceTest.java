package app.commonground.space;

import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class InvitationServiceTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    SpaceService spaces;
    @Autowired
    TestPeople people;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_invited_person_joins_as_the_second_partner() {
        var alex = people.newPerson("Alex");
        var sam = people.newPerson("Sam");
        UUID space = people.as(alex, () -> spaces.create(new NewSpace("Alex & Sam")));
        InvitationLink link = people.as(alex, () -> invitations.invitePartner(space));

        UUID joined = people.as(sam, () -> invitations.accept(link.token()));

        assertThat(joined).isEqualTo(space);
        assertThat(people.as(alex, () -> spaces.details(space)).partners())
                .extracting(Member::name).containsExactly("Alex", "Sam");
    }

    @Test
    void the_link_expires_seven_days_after_it_was_made() {
        var alex = people.newPerson("Alex");
        UUID space = people.as(alex, () -> spaces.create(new NewSpace("Alex & Sam")));
        Instant before = Instant.now();

        InvitationLink link = people.as(alex, () -> invitations.invitePartner(space));

        assertThat(link.expiresAt()).isBetween(before.plus(Duration.ofDays(7)), Instant.now().plus(Duration.ofDays(7)));
    }

    @Test
    void only_a_hash_of_the_token_is_stored() {
        var alex = people.newPerson("Alex");
        UUID space = people.as(alex, () -> spaces.create(new NewSpace("Alex & Sam")));
        InvitationLink link = people.as(alex, () -> invitations.invitePartner(space));

        String stored = jdbc.sql("select token_hash from invitation where id = :id").param("id", link.id())
                .query(String.class).single();
        assertThat(stored).isEqualTo(InvitationTokens.hash(link.token())).doesNotContain(link.token());
        assertThat(link.token()).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void a_link_cannot_be_used_twice() {
        var alex = people.newPerson("Alex");
        var sam = people.newPerson("Sam");
        var other = people.newPerson("Other");
        UUID space = people.as(alex, () -> spaces.create(new NewSpace("Alex & Sam")));
        String token = people.as(alex, () -> invitations.invitePartner(space).token());
        people.as(sam, () -> invitations.accept(token));

        assertThatThrownBy(() -> people.as(other, () -> invitations.accept(token)))
                .isInstanceOfSatisfying(InvitationUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(InvitationStatus.USED));
        assertThat(people.as(other, () -> invitations.preview(token)).status()).isEqualTo(InvitationStatus.USED);
    }

    @Test
    void an_expired_link_is_refused() {
        var alex = people.newPerson("Alex");
        var sam = people.newPerson("Sam");
        UUID space = people.as(alex, () -> spaces.create(new NewSpace("Alex & Sam")));
        InvitationLink link = people.as(alex, () -> invitations.invitePartner(space));
        jdbc.sql("update invitation set expires_at = :past where id = :id")
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)).param("id", link.id()).update();

        assertThatThrownBy(() -> people.as(sam, () -> invitations.accept(link.token())))
                .isInstanceOfSatisfying(InvitationUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(InvitationStatus.EXPIRED));
        assertThat(people.as(alex, () -> spaces.details(space)).partners()).hasSize(1);
    }

    @Test
    void a_withdrawn_link_is_refused() {
        var alex = people.newPerson("Alex");
        var sam = people.newPerson("Sam");
        UUID space = people.as(alex, () -> spaces.create(new NewSpace("Alex & Sam")));
        InvitationLink link = people.as(alex, () -> invitations.invitePartner(space));

        people.as(alex, () -> invitations.revoke(space, link.id()));

        assertThatThrownBy(() -> people.as(sam, () -> invitations.accept(link.token())))
                .isInstanceOfSatisfying(InvitationUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(InvitationStatus.REVOKED));
        assertThat(people.as(alex, () -> invitations.openInvitations(space))).isEmpty();
    }

    @Test
    void a_new_link_replaces_the_previous_one() {
        var alex = people.newPerson("Alex");
        UUID space = people.as(alex, () -> spaces.create(new NewSpace("Alex & Sam")));
        InvitationLink first = people.as(alex, () -> invitations.invitePartner(space));

        InvitationLink second = people.as(alex, () -> invitations.invitePartner(space));

        assertThat(invitations.preview(first.token()).status()).isEqualTo(InvitationStatus.REVOKED);
        assertThat(people.as(alex, () -> invitations.openInvitations(space)))
                .extracting(OpenInvitation::id).containsExactly(second.id());
    }

    @Test
    void a_third_partner_is_refused_even_with_a_valid_link() {
        var alex = people.newPerson("Alex");
        var third = people.newPerson("Third");
        UUID space = people.as(alex, () -> spaces.create(new NewSpace("Alex & Sam")));
        String token = people.as(alex, () -> invitations.invitePartner(space).token());
        people.addMember(space, people.newPerson("Sam"), "PARTNER");

        assertThatThrownBy(() -> people.as(third, () -> invitations.accept(token)))
                .isInstanceOfSatisfying(InvitationUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(InvitationStatus.SPACE_FULL));
        assertThat(people.as(alex, () -> spaces.details(space)).partners()).hasSize(2);
    }

    @Test
    void no_new_partner_link_once_both_partners_have_joined() {
        var couple = people.newCouple();

        assertThatThrownBy(() -> people.as(couple.first(), () -> invitations.invitePartner(couple.spaceId())))
                .isInstanceOfSatisfying(InvitationUnusableException.class,
                        e -> assertThat(e.status()).isEqualTo(InvitationStatus.SPACE_FULL));
    }

    @Test
    void a_member_opening_the_link_is_told_they_are_already_in() {
        var alex = people.newPerson("Alex");
        UUID space = people.as(alex, () -> spaces.create(new NewSpace("Alex & Sam")));
        String token = people.as(alex, () -> invitations.invitePartner(space).token());

        assertThat(people.as(alex, () -> invitations.preview(token)).status()).isEqualTo(InvitationStatus.ALREADY_MEMBER);
        assertThatThrownBy(() -> people.as(alex, () -> invitations.accept(token)))
                .isInstanceOf(InvitationUnusableException.class);
    }

    @Test
    void anyone_holding_a_valid_link_sees_the_space_name_and_who_sent_it() {
        var alex = people.newPerson("Alex");
        UUID space = people.as(alex, () -> spaces.create(new NewSpace("Alex & Sam")));
        String token = people.as(alex, () -> invitations.invitePartner(space).token());

        InvitationPreview preview = invitations.preview(token);

        assertThat(preview.status()).isEqualTo(InvitationStatus.VALID);
        assertThat(preview.spaceName()).isEqualTo("Alex & Sam");
        assertThat(preview.invitedBy()).isEqualTo("Alex");
    }

    @Test
    void an_unknown_link_reveals_nothing() {
        InvitationPreview preview = invitations.preview("not-a-real-token");

        assertThat(preview).isEqualTo(new InvitationPreview(InvitationStatus.UNKNOWN, null, null, null, null));
    }

    @Test
    void a_counsellor_cannot_invite_anyone() {
        var alex = people.newPerson("Alex");
        var rivera = people.newPerson("Rivera");
        UUID space = people.as(alex, () -> spaces.create(new NewSpace("Alex & Sam")));
        people.addMember(space, rivera, "COUNSELLOR");

        assertThatThrownBy(() -> people.as(rivera, () -> invitations.invitePartner(space)))
                .isInstanceOf(ReadOnlyAccessException.class);
        assertThatThrownBy(() -> people.as(rivera, () -> invitations.openInvitations(space)))
                .isInstanceOf(ReadOnlyAccessException.class);
    }

    @Test
    void a_stranger_cannot_invite_into_or_withdraw_from_someone_elses_space() {
        var couple = people.newCouple();
        var stranger = people.newPerson("Stranger");

        assertThatThrownBy(() -> people.as(stranger, () -> invitations.invitePartner(couple.spaceId())))
                .isInstanceOf(SpaceNotFoundException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> invitations.revoke(couple.spaceId(), UUID.randomUUID())))
                .isInstanceOf(SpaceNotFoundException.class);
    }
}
