package app.commonground.page;

import app.commonground.space.ui.SpaceSettingsView;

import app.commonground.BrowserlessTest;
import app.commonground.TestPeople;
import app.commonground.base.ui.NotFoundView;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.space.ConsentService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.tabs.TabSheet;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static app.commonground.BrowserlessUsers.texts;
import static org.assertj.core.api.Assertions.assertThat;

class SpaceViewTest extends BrowserlessTest {

    @Autowired
    BoardService board;
    @Autowired
    ConsentService consents;
    @Autowired
    ResponsibilityService responsibilities;
    @Autowired
    app.commonground.space.InvitationService invitations;

    TestPeople.Couple couple;

    @BeforeEach
    void aCoupleWithACounsellor() {
        couple = people.newCouple();
    }

    @Test
    void a_partner_sees_the_other_partner_arrive_without_reloading() {
        var alex = users.windowOf(couple.first());
        open(alex, "spaces/" + couple.spaceId());
        assertThat(texts(alex, "cg-presence-name")).containsExactly("Alex");

        var sam = users.windowOf(couple.second());
        open(sam, "spaces/" + couple.spaceId());

        eventually(alex, () -> assertThat(texts(alex, "cg-presence-name")).containsExactly("Alex", "Sam"));
        assertThat(texts(sam, "cg-presence-name")).containsExactly("Alex", "Sam");
    }

    @Test
    void when_a_partner_ends_the_counsellors_access_an_item_open_on_the_counsellors_screen_closes_with_the_space() {
        UUID goal = people.as(couple.first(), () -> board.add(couple.spaceId(), BoardService.Placement.MINE,
                ItemDraft.idea(ItemKind.GOAL, "Run a half marathon"))).id();
        var rivera = users.windowOf(couple.counsellor());
        open(rivera, "spaces/" + couple.spaceId());
        rivera.test(rivera.find(Button.class).withId("open-" + goal).single()).click();
        assertThat(rivera.find(Dialog.class).all()).hasSize(1);

        people.as(couple.second(), () -> consents.revoke(couple.spaceId(), couple.counsellor().id()));

        eventually(rivera, () -> assertThat(rivera.find(H1.class).withId("access-ended").all()).hasSize(1));
        assertThat(rivera.find(Dialog.class).all()).isEmpty();
        assertThat(rivera.find(SpaceView.class).single().getElement().getTextRecursively())
                .doesNotContain("Run a half marathon", "Alex", "Sam");
    }

    @Test
    void when_a_partner_ends_the_counsellors_access_the_counsellors_open_settings_page_shows_nothing_of_the_space() {
        var rivera = users.windowOf(couple.counsellor());
        open(rivera, "spaces/" + couple.spaceId() + "/settings");
        assertThat(settingsText(rivera)).contains("Alex", "Sam");

        people.as(couple.first(), () -> consents.revoke(couple.spaceId(), couple.counsellor().id()));

        eventually(rivera, () -> assertThat(rivera.find(H1.class).withId("access-ended").all()).hasSize(1));
        assertThat(settingsText(rivera)).doesNotContain("Alex", "Sam");
    }

    private static String settingsText(com.vaadin.browserless.BrowserlessUIContext window) {
        window.activate();
        return window.find(SpaceSettingsView.class).single().getElement().getTextRecursively();
    }

    @Test
    void settings_say_which_partner_already_approved_a_waiting_counsellor() {
        var lee = people.newPerson("Dr Lee");
        String link = people.as(couple.first(), () -> invitations.inviteCounsellor(couple.spaceId()).token());
        people.as(lee, () -> invitations.accept(link));
        people.as(couple.first(), () -> consents.approve(couple.spaceId(), lee.id()));

        var alex = users.windowOf(couple.first());
        open(alex, "spaces/" + couple.spaceId() + "/settings");
        var sam = users.windowOf(couple.second());
        open(sam, "spaces/" + couple.spaceId() + "/settings");

        assertThat(settingsText(alex)).contains("Dr Lee · You approved, waiting for Sam");
        assertThat(settingsText(sam)).contains("Dr Lee · Alex approved, waiting for you");
    }

    @Test
    void a_link_to_a_responsibility_opens_the_space_on_that_section() {
        UUID chore = people.as(couple.first(), () -> responsibilities.propose(couple.spaceId(),
                new ResponsibilityDraft("Bins", Area.HOUSEHOLD, null, Cadence.WEEKLY, "Out on Thursday", 10, null))).id();
        var sam = users.windowOf(couple.second());

        sam.activate();
        sam.getUI().navigate(SpaceLinks.space(couple.spaceId()),
                com.vaadin.flow.router.QueryParameters.of(SpaceLinks.RESPONSIBILITY, chore.toString()));

        assertThat(sam.find(TabSheet.class).single().getSelectedTab().getId()).contains("responsibilities-tab");
        assertThat(sam.find(Div.class).withId("responsibility-" + chore).all()).hasSize(1);
    }

    @Test
    void a_partner_sees_the_other_leave_when_they_move_on_to_another_page() {
        var alex = users.windowOf(couple.first());
        open(alex, "spaces/" + couple.spaceId());
        var sam = users.windowOf(couple.second());
        open(sam, "spaces/" + couple.spaceId());
        eventually(alex, () -> assertThat(texts(alex, "cg-presence-name")).contains("Sam"));

        open(sam, "");

        eventually(alex, () -> assertThat(texts(alex, "cg-presence-name")).containsExactly("Alex"));
    }

    @Test
    void partners_see_the_counsellor_marked_as_observing() {
        var alex = users.windowOf(couple.first());
        open(alex, "spaces/" + couple.spaceId());

        var rivera = users.windowOf(couple.counsellor());
        open(rivera, "spaces/" + couple.spaceId());

        eventually(alex, () -> assertThat(texts(alex, "cg-presence-name")).containsExactly("Alex", "Dr Rivera"));
        assertThat(texts(alex, "cg-badge-observer")).containsExactly("observing");
    }

    @Test
    void the_counsellor_sees_the_space_without_settings_or_invitation_controls() {
        var rivera = users.windowOf(couple.counsellor());
        open(rivera, "spaces/" + couple.spaceId());

        SpaceView view = (SpaceView) rivera.getCurrentView();
        assertThat(view.title.getText()).isEqualTo("Alex & Sam");
        assertThat(view.members.getText()).isEqualTo("Alex & Sam · observed by Dr Rivera (you)");
        assertThat(view.settings.isVisible()).isFalse();
        assertThat(view.invitePrompt.isVisible()).isFalse();
    }

    @Test
    void a_stranger_gets_the_same_not_found_page_as_for_an_address_that_does_not_exist() {
        var stranger = users.windowOf(people.newPerson("Stranger"));

        open(stranger, "spaces/" + couple.spaceId());
        assertThat(stranger.getCurrentView()).isInstanceOf(NotFoundView.class);

        open(stranger, "spaces/not-a-space-id");
        assertThat(stranger.getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_stranger_gets_not_found_for_another_couples_settings_too() {
        var stranger = users.windowOf(people.newPerson("Stranger"));

        open(stranger, "spaces/" + couple.spaceId() + "/settings");

        assertThat(stranger.getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void the_first_partner_sees_the_second_partner_appear_as_a_member_when_they_join() {
        var alex = people.newPerson("Alex");
        var sam = people.newPerson("Sam");
        var alexWindow = users.windowOf(alex);
        open(alexWindow, "");
        assertThat(alexWindow.getCurrentView()).isInstanceOf(MySpacesView.class);
        alexWindow.test(alexWindow.find(TextField.class).withId("space-name").single()).setValue("Alex & Sam");
        alexWindow.test(alexWindow.find(Button.class).withId("space-create").single()).click();
        SpaceView alexSpace = (SpaceView) alexWindow.getCurrentView();
        assertThat(alexSpace.members.getText()).isEqualTo("Alex (you) · waiting for a partner to join");
        assertThat(alexSpace.invitePrompt.isVisible()).isTrue();

        var alexSettingsWindow = users.windowOf(alex);
        open(alexSettingsWindow, "spaces/" + alexSpace.spaceId() + "/settings");
        assertThat(alexSettingsWindow.getCurrentView()).isInstanceOf(SpaceSettingsView.class);
        alexSettingsWindow.test(alexSettingsWindow.find(Button.class).withId("invite-create").single()).click();
        String link = alexSettingsWindow.find(TextField.class).withId("invite-link").single().getValue();
        assertThat(link).contains("/invite/");

        var samWindow = users.windowOf(sam);
        open(samWindow, link.substring(link.indexOf("invite/")));
        samWindow.test(samWindow.find(Button.class).withText("Join as partner").single()).click();

        assertThat(samWindow.getCurrentView()).isInstanceOf(SpaceView.class);
        eventually(alexWindow, () -> {
            assertThat(texts(alexWindow, "cg-presence-name")).containsExactly("Alex", "Sam");
            assertThat(alexSpace.members.getText()).isEqualTo("Alex (you) & Sam");
            assertThat(alexSpace.invitePrompt.isVisible()).isFalse();
        });
    }
}
