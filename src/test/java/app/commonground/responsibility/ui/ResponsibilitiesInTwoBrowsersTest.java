package app.commonground.responsibility.ui;

import app.commonground.BrowserTest;
import app.commonground.TestPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

class ResponsibilitiesInTwoBrowsersTest extends BrowserTest {

    @Test
    void a_proposal_reaches_the_other_partner_who_accepts_and_the_first_sees_it_agreed_without_reloading() {
        TestPeople.Couple couple = people.newCouple();
        WebDriver alex = openSection(couple.first(), couple.spaceId(), "responsibilities-tab", ".cg-balance");
        WebDriver sam = openSection(couple.second(), couple.spaceId(), "responsibilities-tab", ".cg-balance");
        markVisit(alex);
        markVisit(sam);

        click(alex, "responsibility-propose");
        type(alex, "responsibility-title", "Weekly food shop");
        type(alex, "responsibility-done-means", "Fridge stocked for the week");
        type(alex, "responsibility-minutes", "90");
        click(alex, "responsibility-save");

        waitIn(sam).until(ExpectedConditions.textToBe(By.id("responsibilities-waiting"), "1"));
        waitIn(sam).until(b -> texts(b, ".cg-responsibility-waiting .cg-responsibility-title").contains("Weekly food shop"));
        waitIn(sam).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[@data-title='Weekly food shop']//vaadin-button[normalize-space()='Accept']"))).click();

        waitIn(alex).until(b -> texts(b, "[data-title='Weekly food shop'] .cg-responsibility-status").stream()
                .anyMatch(status -> status.startsWith("Agreed by Sam")));
        waitIn(sam).until(b -> texts(b, ".cg-responsibility-waiting").isEmpty());
        assertThat(sameVisit(alex)).isTrue();
        assertThat(sameVisit(sam)).isTrue();
    }
}
