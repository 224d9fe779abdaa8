package app.commonground.page;

import app.commonground.BrowserlessTest;
import app.commonground.space.InvitationService;
import app.commonground.space.NewSpace;
import app.commonground.space.SpaceService;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

/** The header names the space open on the page and, for someone with several, leads to the others. */
class SpaceSwitcherTest extends BrowserlessTest {

    @Autowired
    SpaceService spaceService;
    @Autowired
    InvitationService invitations;

    @Test
    void someone_with_one_space_sees_its_name_in_the_header_and_no_menu() {
        var couple = people.newPartners();

        var sam = users.windowOf(couple.second());

        assertThat(headerName(sam)).containsExactly("Alex & Sam");
        assertThat(sam.find(MenuBar.class).withId("space-switcher").all()).isEmpty();
        assertThat(sam.find(RouterLink.class).withText("My spaces").all()).as("shown").isEmpty();
    }

    @Test
    void someone_with_two_spaces_switches_from_one_to_the_other_in_the_header_and_finds_the_list_there_too() {
        var couple = people.newPartners();
        UUID club = people.as(couple.second(), () -> spaceService.create(new NewSpace("Sam & the climbing club")));
        var sam = users.windowOf(couple.second());
        open(sam, "spaces/" + couple.spaceId());

        assertThat(headerName(sam)).containsExactly("Alex & Sam");
        assertThat(menuItems(sam)).containsExactly("Sam & the climbing club", "My spaces");

        new MenuBarTester<>(switcher(sam)).clickItem(0, 0);

        assertThat(((SpaceView) sam.getCurrentView()).spaceId()).isEqualTo(club);
        assertThat(headerName(sam)).containsExactly("Sam & the climbing club");
        assertThat(menuItems(sam)).containsExactly("Alex & Sam", "My spaces");

        new MenuBarTester<>(switcher(sam)).clickItem(0, 1);

        assertThat(sam.getCurrentView()).isInstanceOf(MySpacesView.class);
        assertThat(headerName(sam)).isEmpty();
        assertThat(sam.find(RouterLink.class).withText("My spaces").all()).as("shown").hasSize(1);
    }

    @Test
    void a_counsellor_still_waiting_for_consent_is_not_offered_that_space() {
        var couple = people.newCouple();
        var waiting = people.newPartners();
        String asked = people.as(waiting.first(), () -> invitations.inviteCounsellor(waiting.spaceId()).token());
        people.as(couple.counsellor(), () -> invitations.accept(asked));
        var rivera = users.windowOf(couple.counsellor());
        open(rivera, "spaces/" + couple.spaceId());

        assertThat(headerName(rivera)).containsExactly("Alex & Sam");
        assertThat(rivera.find(MenuBar.class).withId("space-switcher").all()).isEmpty();
    }

    private static List<String> headerName(BrowserlessUIContext window) {
        return window.find(Span.class).withClassName("cg-space-switcher-name").all().stream()
                .map(Span::getText).toList();
    }

    private static MenuBar switcher(BrowserlessUIContext window) {
        return window.find(MenuBar.class).withId("space-switcher").single();
    }

    private static List<String> menuItems(BrowserlessUIContext window) {
        return switcher(window).getItems().getFirst().getSubMenu().getItems().stream().map(MenuItem::getText).toList();
    }
}
