package app.commonground.board.ui;

import app.commonground.BrowserTest;
import app.commonground.TestPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

class BoardInThreeBrowsersTest extends BrowserTest {

    @Test
    void an_item_added_in_one_browser_and_then_achieved_shows_up_and_is_celebrated_in_the_other_two() {
        TestPeople.Couple couple = people.newCouple();
        WebDriver alex = openSpace(couple.first(), couple.spaceId());
        WebDriver sam = openSpace(couple.second(), couple.spaceId());
        WebDriver rivera = openSpace(couple.counsellor(), couple.spaceId());
        markVisit(sam);
        markVisit(rivera);

        click(alex, By.cssSelector("vaadin-button[aria-label='Add to Me']"));
        type(alex, "item-title", "Run a half marathon");
        click(alex, "item-save");

        for (WebDriver other : new WebDriver[] {sam, rivera}) {
            waitIn(other).until(b -> texts(b, ".cg-item-title").contains("Run a half marathon"));
        }

        click(alex, By.cssSelector(".cg-item[data-title='Run a half marathon'] vaadin-button[aria-label='More actions']"));
        click(alex, By.xpath("//vaadin-context-menu-item[normalize-space()='Mark achieved']"));

        waitIn(sam).until(b -> texts(b, ".cg-celebration-text").contains("Alex achieved: Run a half marathon"));
        waitIn(rivera).until(b -> texts(b, ".cg-celebration-text").contains("Alex achieved: Run a half marathon"));
        waitIn(sam).until(b -> texts(b, ".cg-item-achieved").stream().anyMatch(t -> t.startsWith("Achieved")));
        assertThat(sameVisit(sam)).isTrue();
        assertThat(sameVisit(rivera)).isTrue();
    }
}
