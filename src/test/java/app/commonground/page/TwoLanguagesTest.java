package app.commonground.page;

import app.commonground.BrowserlessTest;
import app.commonground.TestPeople.Couple;
import app.commonground.account.AccountService;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

/** Two partners who read different languages share one space: each sees it in their own, live. */
class TwoLanguagesTest extends BrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    BoardService board;

    @Test
    void one_partner_reads_the_space_in_german_and_the_other_in_english_and_both_see_a_new_goal_live() {
        Couple couple = people.newPartners();
        people.as(couple.second(), () -> accounts.chooseLanguage(Optional.of(Locale.GERMAN)));
        BrowserlessUIContext alex = users.windowOf(couple.first());
        open(alex, "spaces/" + couple.spaceId());
        BrowserlessUIContext sam = users.windowOf(couple.second());
        open(sam, "spaces/" + couple.spaceId());

        people.as(couple.first(), () -> board.add(couple.spaceId(), Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Lernen, zu segeln")));

        eventually(alex, () -> assertThat(activity(alex)).contains("Alex added the shared goal “Lernen, zu segeln”"));
        eventually(sam, () -> assertThat(activity(sam))
                .contains("Alex hat das gemeinsame Ziel „Lernen, zu segeln“ hinzugefügt"));
        assertThat(tabs(alex)).contains("Board", "Negotiations");
        assertThat(tabs(sam)).contains("Pinnwand", "Klärungen");
    }

    private static List<String> activity(BrowserlessUIContext window) {
        window.activate();
        return window.find(Div.class).withClassName("cg-activity-text").all().stream()
                .map(line -> line.getElement().getTextRecursively()).toList();
    }

    private static List<String> tabs(BrowserlessUIContext window) {
        window.activate();
        return window.find(Tab.class).all().stream().map(tab -> tab.getElement().getTextRecursively().replaceAll("\\d", "").strip()).toList();
    }
}
