package app.commonground.space;

import app.commonground.InEnglish;
import app.commonground.activity.ui.ActivityText;
import app.commonground.AtOnce;
import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.activity.ActivityEntry;
import app.commonground.activity.ActivityLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ConsentServiceTest {

    @Autowired
    ConsentService consent;
    @Autowired
    InvitationService invitations;
    @Autowired
    SpaceService spaces;
    @Autowired
    ActivityLog activity;
    @Autowired
    TestPeople people;

    TestPeople.Person alex;
    TestPeople.Person sam;
    TestPeople.Person rivera;
    UUID space;

    @BeforeEach
    void aCounsellorAsksToObserve() {
        alex = people.newPerson("Alex");
        sam = people.newPerson("Sam");
        rivera = people.newPerson("Rivera");
        space = people.as(alex, () -> spaces.create(new NewSpace("Alex & Sam")));
        String partnerLink = people.as(alex, () -> invitations.invitePartner(space).token());
        people.as(sam, () -> invitations.accept(partnerLink));
        String counsellorLink = people.as(sam, () -> invitations.inviteCounsellor(space).token());
        people.as(rivera, () -> invitations.accept(counsellorLink));
    }

    @Test
    void while_consent_is_pending_the_counsellor_reads_nothing_and_sees_the_space_as_waiting() {
        assertThatThrownBy(() -> people.as(rivera, () -> spaces.details(space))).isInstanceOf(SpaceNotFoundException.class);
        assertThat(people.as(rivera, () -> spaces.mySpaces())).singleElement()
                .satisfies(summary -> assertThat(summary.waitingForConsent()).isTrue());

        people.as(alex, () -> consent.approve(space, rivera.id()));

        assertThatThrownBy(() -> people.as(rivera, () -> spaces.details(space))).isInstanceOf(SpaceNotFoundException.class);
    }

    @Test
    void a_counsellor_approved_while_the_space_had_one_partner_sees_nothing_once_a_second_partner_joins_until_they_approve() {
        EarlyCounsellor space = earlyCounsellor();
        TestPeople.Person jo = space.jo();
        TestPeople.Person kim = space.kim();
        TestPeople.Person lee = space.lee();
        UUID early = space.id();
        people.as(jo, () -> consent.approve(early, lee.id()));
        assertThat(people.as(lee, () -> spaces.details(early)).name()).isEqualTo("Jo & Kim");

        people.as(kim, () -> invitations.accept(space.partnerLink()));

        assertThatThrownBy(() -> people.as(lee, () -> spaces.details(early))).isInstanceOf(SpaceNotFoundException.class);
        assertThat(people.as(kim, () -> consent.requests(early)))
                .containsExactly(new ConsentRequest(lee.id(), "Dr Lee", true, List.of("Jo")));
        assertThat(people.as(jo, () -> consent.requests(early)))
                .containsExactly(new ConsentRequest(lee.id(), "Dr Lee", false, List.of("Jo")));

        people.as(kim, () -> consent.approve(early, lee.id()));

        assertThat(people.as(lee, () -> spaces.details(early)).partners()).extracting(Member::name)
                .containsExactly("Jo", "Kim");
    }

    @Test
    void a_partner_joining_while_the_first_partner_approves_never_lets_the_counsellor_in_on_one_approval()
            throws Exception {
        for (int round = 1; round <= 15; round++) {
            EarlyCounsellor space = earlyCounsellor();
            UUID early = space.id();
            TestPeople.Person lee = space.lee();

            AtOnce.run(() -> people.as(space.jo(), () -> consent.approve(early, lee.id())),
                    () -> people.as(space.kim(), () -> invitations.accept(space.partnerLink())));

            int number = round;
            assertThatThrownBy(() -> people.as(lee, () -> spaces.details(early))).as("round %d", number)
                    .isInstanceOf(SpaceNotFoundException.class);
        }
    }

    /** Jo's space before Kim joins: Dr Lee asked to observe, a partner link waits for Kim. */
    private record EarlyCounsellor(UUID id, TestPeople.Person jo, TestPeople.Person kim, TestPeople.Person lee,
                                   String partnerLink) {
    }

    private EarlyCounsellor earlyCounsellor() {
        TestPeople.Person jo = people.newPerson("Jo");
        TestPeople.Person lee = people.newPerson("Dr Lee");
        UUID early = people.as(jo, () -> spaces.create(new NewSpace("Jo & Kim")));
        String counsellorLink = people.as(jo, () -> invitations.inviteCounsellor(early).token());
        people.as(lee, () -> invitations.accept(counsellorLink));
        String partnerLink = people.as(jo, () -> invitations.invitePartner(early).token());
        return new EarlyCounsellor(early, jo, people.newPerson("Kim"), lee, partnerLink);
    }

    @Test
    void someone_declined_as_counsellor_can_still_join_as_the_second_partner_by_a_partner_link() {
        TestPeople.Person jo = people.newPerson("Jo");
        TestPeople.Person kim = people.newPerson("Kim");
        UUID early = people.as(jo, () -> spaces.create(new NewSpace("Jo & Kim")));
        String counsellorLink = people.as(jo, () -> invitations.inviteCounsellor(early).token());
        people.as(kim, () -> invitations.accept(counsellorLink));
        people.as(jo, () -> consent.decline(early, kim.id()));

        String partnerLink = people.as(jo, () -> invitations.invitePartner(early).token());
        people.as(kim, () -> invitations.accept(partnerLink));

        SpaceDetails kimSees = people.as(kim, () -> spaces.details(early));
        assertThat(kimSees.viewerRole()).isEqualTo(SpaceRole.PARTNER);
        assertThat(kimSees.partners()).extracting(Member::name).containsExactly("Jo", "Kim");
    }

    @Test
    void both_partners_must_approve_each_for_themselves() {
        assertThat(people.as(alex, () -> consent.requests(space))).singleElement()
                .satisfies(request -> assertThat(request.waitingForViewer()).isTrue());
        people.as(alex, () -> consent.approve(space, rivera.id()));
        assertThat(people.as(alex, () -> consent.requests(space)).getFirst().waitingForViewer()).isFalse();
        assertThat(people.as(sam, () -> consent.requests(space)).getFirst().waitingForViewer()).isTrue();

        people.as(sam, () -> consent.approve(space, rivera.id()));

        SpaceDetails seen = people.as(rivera, () -> spaces.details(space));
        assertThat(seen.viewerRole()).isEqualTo(SpaceRole.COUNSELLOR);
        assertThat(people.as(alex, () -> consent.requests(space))).isEmpty();
    }

    @Test
    void when_both_partners_approve_at_the_same_moment_the_counsellor_can_observe() throws Exception {
        for (int round = 1; round <= 20; round++) {
            TestPeople.Person counsellor = people.newPerson("Counsellor " + round);
            String link = people.as(alex, () -> invitations.inviteCounsellor(space).token());
            people.as(counsellor, () -> invitations.accept(link));

            AtOnce.run(() -> people.as(alex, () -> consent.approve(space, counsellor.id())),
                    () -> people.as(sam, () -> consent.approve(space, counsellor.id())));

            assertThat(people.as(counsellor, () -> spaces.details(space)).viewerRole()).as("round %d", round)
                    .isEqualTo(SpaceRole.COUNSELLOR);
        }
    }

    @Test
    void one_decline_keeps_everything_from_the_counsellor_and_removes_the_space_from_their_list() {
        people.as(alex, () -> consent.approve(space, rivera.id()));
        people.as(sam, () -> consent.decline(space, rivera.id()));

        assertThatThrownBy(() -> people.as(rivera, () -> spaces.details(space))).isInstanceOf(SpaceNotFoundException.class);
        assertThat(people.as(rivera, () -> spaces.mySpaces())).isEmpty();
    }

    @Test
    void after_revocation_every_call_is_refused_again_and_the_space_leaves_the_counsellors_list() {
        people.as(alex, () -> consent.approve(space, rivera.id()));
        people.as(sam, () -> consent.approve(space, rivera.id()));
        people.as(rivera, () -> spaces.details(space));

        people.as(sam, () -> consent.revoke(space, rivera.id()));

        assertThatThrownBy(() -> people.as(rivera, () -> spaces.details(space))).isInstanceOf(SpaceNotFoundException.class);
        assertThatThrownBy(() -> people.as(rivera, () -> activity.newest(space, 1))).isInstanceOf(SpaceNotFoundException.class);
        assertThat(people.as(rivera, () -> spaces.mySpaces())).isEmpty();
    }

    @Test
    void a_partner_answers_once_and_gets_a_clear_refusal_after_that() {
        people.as(alex, () -> consent.approve(space, rivera.id()));

        assertThatThrownBy(() -> people.as(alex, () -> consent.decline(space, rivera.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class)
                .satisfies(refused -> assertThat(InEnglish.said(refused)).isEqualTo("You have already answered this request."));
    }

    @Test
    void only_partners_answer_and_revoke() {
        assertThatThrownBy(() -> people.as(rivera, () -> consent.approve(space, rivera.id())))
                .isInstanceOf(SpaceNotFoundException.class);
        var stranger = people.newPerson("Stranger");
        assertThatThrownBy(() -> people.as(stranger, () -> consent.revoke(space, rivera.id())))
                .isInstanceOf(SpaceNotFoundException.class);
    }

    @Test
    void the_activity_feed_records_the_invitation_the_request_the_answers_and_the_revocation_with_who_did_it() {
        people.as(alex, () -> consent.approve(space, rivera.id()));
        people.as(sam, () -> consent.approve(space, rivera.id()));
        people.as(alex, () -> consent.revoke(space, rivera.id()));

        assertThat(people.as(alex, () -> activity.newest(space, 1)).entries())
                .extracting(e -> e.actorName() + " " + ActivityText.sentence(e))
                .containsSubsequence("Alex ended Rivera's access to the space",
                        "Sam approved Rivera as an observer",
                        "Alex approved Rivera as an observer",
                        "Rivera asked to observe the space, waiting for both partners' consent",
                        "Sam invited a counsellor to observe the space");
    }
}
