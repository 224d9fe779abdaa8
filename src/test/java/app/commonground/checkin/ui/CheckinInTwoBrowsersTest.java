package app.commonground.checkin.ui;

import app.commonground.BrowserTest;
import app.commonground.TestPeople;
import app.commonground.checkin.CheckinService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckinInTwoBrowsersTest extends BrowserTest {

    @Autowired
    CheckinService checkins;

    @Test
    void both_fill_in_the_reveal_appears_on_both_without_a_reload_and_an_issue_goes_into_a_negotiation() {
        TestPeople.Couple couple = people.newCouple();
        WebDriver alex = openSection(couple.first(), couple.spaceId(), "checkin-tab", ".cg-checkins");
        WebDriver sam = openSection(couple.second(), couple.spaceId(), "checkin-tab", ".cg-checkins");
        markVisit(alex);
        markVisit(sam);

        click(alex, "checkin-start");
        answer(alex, "Thank you for the soup on Tuesday", "A slow Sunday morning");
        waitIn(sam).ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(By.id("checkin-state")).getText().contains("Alex is writing"));
        click(alex, "checkin-submit");
        waitIn(sam).ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(By.id("checkin-state")).getText().contains("Alex has submitted"));
        assertThat(sam.getPageSource()).doesNotContain("Thank you for the soup", "A slow Sunday morning");

        click(sam, "checkin-open");
        answer(sam, "Thank you for listening", "More walks");
        click(sam, "checkin-submit");

        for (WebDriver partner : new WebDriver[] {alex, sam}) {
            waitIn(partner).until(b -> texts(b, "#checkin-appreciations li")
                    .containsAll(List.of("Thank you for the soup on Tuesday", "Thank you for listening")));
        }
        type(sam, "checkin-issue-title", "Weekday evenings");
        click(sam, "checkin-raise");
        waitIn(alex).until(b -> !b.findElements(By.cssSelector(".cg-checkin-issue[data-issue='Weekday evenings']")).isEmpty());
        WebElement send = waitIn(sam).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space()='Talk it through in a negotiation']")));
        ((JavascriptExecutor) sam).executeScript("arguments[0].scrollIntoView({block: 'center'})", send);
        send.click();

        waitIn(sam).ignoring(StaleElementReferenceException.class)
                .until(b -> "Weekday evenings".equals(b.findElement(By.id("negotiation-title")).getText()));
        waitIn(alex).until(b -> texts(b, ".cg-checkin-issue vaadin-button, .cg-checkin-issue a").contains("Open its negotiation"));
        assertThat(sameVisit(alex)).isTrue();
        assertThat(sameVisit(sam)).isTrue();
    }

    @Test
    void an_answer_typed_past_its_limit_is_kept_whole_and_said_in_red_to_be_over() {
        TestPeople.Couple couple = people.newCouple();
        WebDriver alex = openSection(couple.first(), couple.spaceId(), "checkin-tab", ".cg-checkins");
        click(alex, "checkin-start");

        type(alex, "checkin-wish", "a".repeat(1_001));

        WebElement wish = alex.findElement(By.id("checkin-wish"));
        waitIn(alex).until(b -> "1 character too many (1,001 of 1,000 characters): shorten it to save"
                .equals(wish.findElement(By.cssSelector("[slot=error-message]")).getText()));
        assertThat(wish.findElement(By.tagName("textarea")).getDomProperty("value")).hasSize(1_001);
        assertThat(wish.getDomAttribute("invalid")).isNotNull();
    }

    @Test
    void a_check_in_time_that_is_not_a_time_is_refused_next_to_its_field_and_nothing_is_proposed() {
        TestPeople.Couple couple = people.newCouple();
        WebDriver alex = openSection(couple.first(), couple.spaceId(), "checkin-tab", ".cg-checkins");

        WebElement around = alex.findElement(By.cssSelector("#checkin-time input"));
        around.clear();
        around.sendKeys("25:99", Keys.ENTER);
        click(alex, "checkin-propose-rhythm");

        waitIn(alex).until(b -> b.findElement(By.id("checkin-time")).getDomAttribute("invalid") != null);
        assertThat(alex.findElement(By.id("checkin-time")).getText()).contains("isn't a time of day");
        assertThat(people.as(couple.first(), () -> checkins.page(couple.spaceId())).rhythm()).isNull();
    }

    private static void answer(WebDriver browser, String appreciation, String wish) {
        choose(browser, "checkin-connection", "7");
        choose(browser, "checkin-showed-up", "8");
        type(browser, "checkin-appreciation-0", appreciation);
        type(browser, "checkin-wish", wish);
    }
}
