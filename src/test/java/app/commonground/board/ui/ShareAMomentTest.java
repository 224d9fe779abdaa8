package app.commonground.board.ui;

import app.commonground.BrowserTest;
import app.commonground.TestPeople.Couple;
import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemStatus;
import app.commonground.board.ItemView;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shared goal achieved is shared out as plain text, in the browser's own click: through the share sheet where
 * the browser has one; Chromium on Linux has none, so here it is copied (to a stand-in for the clipboard).
 */
class ShareAMomentTest extends BrowserTest {

    private static final String OWN_WORDS = "own-words-3KD";

    @Autowired
    BoardService board;

    @Test
    void an_achieved_shared_goal_is_copied_as_plain_text_without_the_notes_anyone_wrote() {
        Couple couple = people.newCouple();
        ItemView goal = people.as(couple.first(), () -> board.add(couple.spaceId(), BoardService.Placement.SHARED,
                new ItemDraft(ItemKind.GOAL, "Walk the coast path", OWN_WORDS + " notes", ItemStatus.ACTIVE, null,
                        OWN_WORDS + " support")));
        people.as(couple.first(), () -> board.setStatus(goal.id(), goal.revision(), ItemStatus.ACHIEVED));
        WebDriver sam = openSpace(couple.second(), couple.spaceId());
        By share = By.cssSelector("#item-" + goal.id() + " .cg-share");
        waitIn(sam).until(b -> !b.findElements(share).isEmpty());
        ((JavascriptExecutor) sam).executeScript("""
                window.ClipboardItem = function (items) { return { items: items }; };
                Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
                  write: async items => {
                    const value = await items[0].items['text/plain'];
                    window.__written = typeof value === 'string' ? value : await value.text();
                  },
                  writeText: async text => { window.__written = text; }
                } });""");

        click(sam, share);

        String written = waitIn(sam).until(b -> (String) ((JavascriptExecutor) b).executeScript("return window.__written;"));
        assertThat(written).startsWith("We did it: “Walk the coast path”, achieved together on ").doesNotContain(OWN_WORDS);
    }
}
