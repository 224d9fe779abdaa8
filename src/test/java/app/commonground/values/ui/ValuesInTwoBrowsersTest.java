package app.commonground.values.ui;

import app.commonground.BrowserTest;
import app.commonground.TestPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValuesInTwoBrowsersTest extends BrowserTest {

    @Test
    void a_boundary_is_acknowledged_and_both_lists_of_values_appear_together_without_a_reload() {
        TestPeople.Couple couple = people.newCouple();
        WebDriver alex = openSection(couple.first(), couple.spaceId(), "values-tab", ".cg-values");
        WebDriver sam = openSection(couple.second(), couple.spaceId(), "values-tab", ".cg-values");
        markVisit(alex);
        markVisit(sam);

        click(alex, "boundary-write");
        choose(alex, "boundary-kind", "Time");
        type(alex, "boundary-text", "If work runs late, I will still stop at 8 on Thursdays");
        click(alex, "boundary-publish");
        waitIn(sam).until(b -> texts(b, ".cg-boundary-text").contains("If work runs late, I will still stop at 8 on Thursdays"));
        WebElement restatement = waitIn(sam).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".cg-boundary vaadin-text-area textarea")));
        restatement.sendKeys("Thursday evenings are yours");
        click(sam, By.cssSelector(".cg-boundary-restate"));
        click(alex, By.cssSelector(".cg-boundary-got-it"));
        waitIn(sam).until(b -> texts(b, ".cg-boundary .cg-note").stream()
                .anyMatch(line -> line.startsWith("Acknowledged: you restated it")));

        pick(alex, List.of("Honesty", "Adventure"));
        waitIn(sam).until(ExpectedConditions.textToBePresentInElementLocated(By.id("values-state"), "Alex is ready"));
        assertThat(texts(sam, "#values-core li")).isEmpty();
        pick(sam, List.of("Family", "Honesty"));

        for (WebDriver partner : new WebDriver[] {alex, sam}) {
            waitIn(partner).until(b -> texts(b, "#values-revealed li").containsAll(List.of("Honesty", "Adventure", "Family")));
            waitIn(partner).until(b -> texts(b, ".cg-values-common").contains("In common: Honesty"));
        }
        assertThat(sameVisit(alex)).isTrue();
        assertThat(sameVisit(sam)).isTrue();
    }

    private static void pick(WebDriver browser, List<String> values) {
        click(browser, "values-choose");
        for (int i = 0; i < values.size(); i++) {
            WebElement input = waitIn(browser).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#values-pick-" + (i + 1) + " input")));
            input.sendKeys(values.get(i));
            input.sendKeys(Keys.ENTER);
        }
        click(browser, "values-ready");
    }
}
