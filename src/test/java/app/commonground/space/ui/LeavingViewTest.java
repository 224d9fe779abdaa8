package app.commonground.space.ui;

import app.commonground.CoupleBrowserlessTest;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.page.MySpacesView;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static app.commonground.BrowserlessUsers.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** Alex, Sam and Dr. Rivera have the space open when one of them leaves it. */
class LeavingViewTest extends CoupleBrowserlessTest {

    @Autowired
    BoardService board;

    @Test
    void sam_leaves_from_the_settings_alex_and_the_counsellor_see_it_at_once_and_sams_open_space_shows_nothing_more() {
        people.as(couple.second(), () -> board.add(couple.spaceId(), Placement.MINE, ItemDraft.idea(ItemKind.HOBBY, "Pottery on Tuesdays")));
        eventually(alex, () -> assertThat(texts(alex, "cg-item-title")).contains("Pottery on Tuesdays"));
        BrowserlessUIContext settings = users.windowOf(couple.second());
        open(settings, "spaces/" + couple.spaceId() + "/settings");
        assertThat(settings.find(Div.class).withId("leave-card").single().getElement().getTextRecursively())
                .contains("Alex keeps the space", "Download your data first");

        settings.test(settings.find(Button.class).withId("leave-space").single()).click();
        settings.test(settings.find(ConfirmDialog.class).single()).confirm();

        assertThat(settings.getCurrentView()).isInstanceOf(MySpacesView.class);
        eventually(alex, () -> {
            assertThat(page(alex)).doesNotContain("Pottery on Tuesdays");
            assertThat(notifications(alex)).contains("Sam left the space");
            assertThat(activity(alex)).anyMatch(line -> line.equals("Sam left the space"));
        });
        eventually(rivera, () -> assertThat(activity(rivera)).anyMatch(line -> line.equals("Sam left the space")));
        eventually(sam, () -> assertThat(sam.find(H1.class).withId("access-ended").single().getText())
                .isEqualTo("You left this space"));
        assertThat(page(sam)).doesNotContain("Pottery on Tuesdays");
    }

    @Test
    void the_counsellor_stops_observing_after_saying_so_twice_and_the_partners_see_it() {
        rivera.test(rivera.find(Button.class).withId("stop-observing").single()).click();
        ConfirmDialog confirm = rivera.find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("message")).contains("Your own notes stay yours");

        rivera.test(confirm).confirm();

        assertThat(rivera.getCurrentView()).isInstanceOf(MySpacesView.class);
        eventually(alex, () -> assertThat(activity(alex)).anyMatch(line -> line.equals("Dr Rivera stopped observing the space")));
        eventually(sam, () -> assertThat(page(sam)).doesNotContain("You're observing"));
    }

    private static String page(BrowserlessUIContext window) {
        window.activate();
        return UI.getCurrent().getElement().getTextRecursively();
    }

    private static List<String> activity(BrowserlessUIContext window) {
        window.activate();
        return window.find(Div.class).withClassName("cg-activity-text").all().stream()
                .map(line -> line.getElement().getTextRecursively().strip()).toList();
    }

    private static List<String> notifications(BrowserlessUIContext window) {
        window.activate();
        return window.find(Notification.class).all().stream().map(n -> window.test(n).getText()).toList();
    }
}
