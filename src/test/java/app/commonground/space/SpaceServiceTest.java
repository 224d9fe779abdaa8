package app.commonground.space;

import app.commonground.InEnglish;
import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.base.InvalidInputException;
import app.commonground.base.SameMomentException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SpaceServiceTest {

    @Autowired
    SpaceService spaces;
    @Autowired
    SpaceAccess access;
    @Autowired
    TestPeople people;
    @Autowired
    SpaceCommands commands;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_step_whose_save_meets_another_saved_at_the_same_moment_is_refused_the_same_way_in_every_feature() {
        TestPeople.Couple couple = people.newPartners();
        UUID spaceId = couple.spaceId();
        UUID alex = couple.first().id();

        assertThatThrownBy(() -> people.as(couple.first(), () -> commands.change(spaceId, step -> {
            Membership read = memberships.findBySpaceIdAndAccountId(spaceId, alex).orElseThrow();
            jdbc.sql("update membership set version = version + 1 where id = ?").param(read.id()).update();
            read.setStatus(MembershipStatus.LEFT);
            return memberships.saveAndFlush(read);
        }))).isInstanceOf(SameMomentException.class);
        assertThat(people.as(couple.first(), () -> spaces.details(spaceId)).members()).hasSize(2);
    }

    @Test
    void whoever_creates_a_space_is_its_first_partner() {
        var alex = people.newPerson("Alex");

        UUID id = people.as(alex, () -> spaces.create(new NewSpace("  Alex & Sam  ")));

        SpaceDetails details = people.as(alex, () -> spaces.details(id));
        assertThat(details.name()).isEqualTo("Alex & Sam");
        assertThat(details.viewerRole()).isEqualTo(SpaceRole.PARTNER);
        assertThat(details.members()).extracting(Member::name, Member::role, Member::isViewer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Alex", SpaceRole.PARTNER, true));
        assertThat(details.awaitingPartner()).isTrue();
    }

    @Test
    void my_spaces_lists_every_space_with_my_role_and_the_partners_names() {
        var couple = people.newCouple();
        var rivera = couple.counsellor();

        assertThat(people.as(couple.second(), () -> spaces.mySpaces()))
                .containsExactly(new SpaceSummary(couple.spaceId(), "Alex & Sam", SpaceRole.PARTNER,
                        java.util.List.of("Alex", "Sam"), false));
        assertThat(people.as(rivera, () -> spaces.mySpaces()))
                .extracting(SpaceSummary::viewerRole).containsExactly(SpaceRole.COUNSELLOR);
    }

    @Test
    void a_stranger_gets_not_found_for_another_couples_space() {
        var couple = people.newCouple();
        var stranger = people.newPerson("Stranger");

        assertThatThrownBy(() -> people.as(stranger, () -> spaces.details(couple.spaceId())))
                .isInstanceOf(SpaceNotFoundException.class);
    }

    @Test
    void a_space_that_does_not_exist_looks_exactly_like_one_that_is_not_yours() {
        var stranger = people.newPerson("Stranger");

        assertThatThrownBy(() -> people.as(stranger, () -> spaces.details(UUID.randomUUID())))
                .isInstanceOf(SpaceNotFoundException.class)
                .hasMessageStartingWith("No space ");
    }

    @Test
    void a_counsellor_may_read_a_space_but_is_refused_as_an_editor() {
        var couple = people.newCouple();

        assertThat(people.as(couple.counsellor(), () -> access.requireReader(couple.spaceId())).role())
                .isEqualTo(SpaceRole.COUNSELLOR);
        assertThatThrownBy(() -> people.as(couple.counsellor(), () -> access.requireEditor(couple.spaceId())))
                .isInstanceOf(ReadOnlyAccessException.class);
    }

    @Test
    void nobody_signed_in_can_read_anything() {
        var couple = people.newCouple();

        assertThatThrownBy(() -> spaces.details(couple.spaceId()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void an_empty_or_marked_up_space_name_is_refused() {
        var alex = people.newPerson("Alex");

        assertThatThrownBy(() -> people.as(alex, () -> spaces.create(new NewSpace("   "))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(InEnglish.problems(e)).containsEntry("name", "Please give your space a name"));
        assertThatThrownBy(() -> people.as(alex, () -> spaces.create(new NewSpace("Us\u0008"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("name"));
        assertThat(people.as(alex, () -> spaces.mySpaces())).isEmpty();
    }
}
