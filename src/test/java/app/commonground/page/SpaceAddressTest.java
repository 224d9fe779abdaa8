package app.commonground.page;

import app.commonground.BrowserTest;
import app.commonground.TestNegotiations;
import app.commonground.TestPeople.Couple;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

/** The address says where a person is in their space, so that a reload (or the address shared) opens the same place. */
class SpaceAddressTest extends BrowserTest {

    @Autowired
    TestNegotiations negotiating;

    @Test
    void a_reload_keeps_the_open_section_and_the_open_negotiation() {
        Couple couple = people.newCouple();
        UUID topic = negotiating.revealed(couple, "Holidays");
        WebDriver alex = openSpace(couple.first(), couple.spaceId());

        click(alex, "negotiations-tab");
        waitIn(alex).until(b -> b.getCurrentUrl().endsWith("?tab=negotiations"));
        alex.navigate().refresh();
        waitIn(alex).until(ExpectedConditions.attributeToBe(By.id("negotiations-tab"), "aria-selected", "true"));

        click(alex, By.xpath("//span[contains(@class, 'cg-responsibility-title') and text()='Holidays']"));
        waitIn(alex).until(b -> b.getCurrentUrl().endsWith("?negotiation=" + topic));
        alex.navigate().refresh();
        waitIn(alex).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-button[contains(., 'All negotiations')]")));

        click(alex, By.xpath("//vaadin-button[contains(., 'All negotiations')]"));
        waitIn(alex).until(b -> b.getCurrentUrl().endsWith("?tab=negotiations"));
    }
}
