package app.commonground.negotiation.ui;

import app.commonground.BrowserTest;
import app.commonground.TestPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

class NegotiationInTwoBrowsersTest extends BrowserTest {

    @Test
    void two_partners_go_from_private_drafts_to_a_signed_agreement_without_reloading() {
        TestPeople.Couple couple = people.newCouple();
        WebDriver alex = openSection(couple.first(), couple.spaceId(), "negotiations-tab", ".cg-negotiations");
        WebDriver sam = openSection(couple.second(), couple.spaceId(), "negotiations-tab", ".cg-negotiations");
        markVisit(alex);
        markVisit(sam);

        click(alex, "negotiation-open");
        type(alex, "negotiation-new-title", "Weekends");
        click(alex, "negotiation-create");
        waitIn(sam).until(b -> texts(b, ".cg-negotiation-card .cg-responsibility-title").contains("Weekends"));
        waitIn(sam).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".cg-negotiation-card[data-title='Weekends']"))).click();

        type(alex, "negotiation-core-1", "A quiet Saturday morning");
        click(alex, "negotiation-ready");
        waitIn(sam).until(ExpectedConditions.textToBe(By.id("negotiation-other-draft"), "Alex is ready"));
        assertThat(alexSecretVisibleTo(sam)).isFalse();
        type(sam, "negotiation-core-1", "Sunday lunch with my family");
        click(sam, "negotiation-ready");

        waitIn(alex).until(b -> texts(b, ".cg-position li").contains("Sunday lunch with my family"));
        type(alex, "negotiation-restatement", "You need Sunday lunch with your family");
        click(alex, "negotiation-restate");
        type(sam, "negotiation-restatement", "You need a quiet Saturday morning");
        click(sam, "negotiation-restate");
        click(sam, "negotiation-got-it");
        click(alex, "negotiation-got-it");

        type(alex, "negotiation-option", "Saturday mornings are Alex's, Sunday lunch with Sam's family");
        click(alex, "negotiation-add-option");
        rate(alex, "8");
        rate(sam, "7");
        waitIn(alex).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space()='Propose as our outcome']"))).click();
        click(sam, "negotiation-sign");

        waitIn(alex).until(b -> texts(b, "#negotiation-outcome h3").contains("Agreed"));
        waitIn(alex).until(b -> texts(b, ".cg-option-scores").stream().anyMatch(s -> s.contains("Alex 8 · Sam 7")));
        assertThat(sameVisit(alex)).isTrue();
        assertThat(sameVisit(sam)).isTrue();
    }

    private static boolean alexSecretVisibleTo(WebDriver browser) {
        return browser.getPageSource().contains("A quiet Saturday morning");
    }

    private static void rate(WebDriver browser, String score) {
        waitIn(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-select.cg-score"))).click();
        waitIn(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space()='" + score + "']"))).click();
        waitIn(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'cg-option')]//vaadin-button[normalize-space()='Rate']"))).click();
        waitIn(browser).until(b -> b.findElements(By.xpath(
                "//div[contains(@class,'cg-option')]//vaadin-button[normalize-space()='Rate']")).isEmpty());
    }
}
