package app.commonground.board.ui;

import app.commonground.BrowserTest;
import app.commonground.TestPeople;
import app.commonground.board.BoardService;
import app.commonground.board.ItemView;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A target date typed as something that is no date is pointed at, never saved as "no date". The test
 * browsers ask for US English, so dates are typed month first.
 */
class TargetDateInTheBrowserTest extends BrowserTest {

    @Autowired
    BoardService board;

    @Test
    void a_date_that_does_not_exist_or_is_not_a_date_is_pointed_at_and_the_goal_is_saved_only_once_it_is_one() {
        TestPeople.Couple couple = people.newPartners();
        WebDriver alex = openSpace(couple.first(), couple.spaceId());
        click(alex, By.cssSelector("vaadin-button[aria-label='Add to Me']"));
        type(alex, "item-title", "Learn to sail");

        for (String notADate : List.of("31/02/2027", "soon", "99/99/9999")) {
            typeDate(alex, notADate);
            click(alex, "item-save");
            waitIn(alex).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#item-target-date [slot='error-message']"), "That isn't a date"));
            assertThat(titles(couple)).as("after typing %s", notADate).doesNotContain("Learn to sail");
        }

        typeDate(alex, "12/31/2027");
        click(alex, "item-save");

        waitIn(alex).until(ExpectedConditions.invisibilityOfElementLocated(By.id("item-save")));
        ItemView saved = people.as(couple.first(), () -> board.board(couple.spaceId())).columns().getFirst().items()
                .stream().filter(item -> item.title().equals("Learn to sail")).findFirst().orElseThrow();
        assertThat(saved.targetDate()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    private List<String> titles(TestPeople.Couple couple) {
        return people.as(couple.first(), () -> board.board(couple.spaceId())).columns().getFirst().items()
                .stream().map(ItemView::title).toList();
    }

    private static void typeDate(WebDriver browser, String text) {
        WebElement input = waitIn(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#item-target-date input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }
}
