package app.commonground.space.ui;

import app.commonground.BrowserTest;
import app.commonground.TestPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

class CounsellorInThreeBrowsersTest extends BrowserTest {

    @Test
    void a_counsellor_observes_with_both_partners_consent_and_their_open_page_closes_when_a_partner_revokes() {
        TestPeople.Couple couple = people.newPartners();
        TestPeople.Person rivera = people.newPerson("Dr Rivera");
        WebDriver alex = newBrowser();
        signIn(alex, couple.first().email());
        alex.get(url("spaces/" + couple.spaceId() + "/settings"));
        click(alex, "counsellor-invite");
        String link = waitIn(alex).until(b -> {
            String value = b.findElement(By.cssSelector("#counsellor-link input")).getDomProperty("value");
            return value == null || value.isEmpty() ? null : value;
        });

        WebDriver counsellor = newBrowser();
        signIn(counsellor, rivera.email());
        counsellor.get(link);
        click(counsellor, "invite-join");
        waitIn(counsellor).until(b -> texts(b, ".cg-case .cg-badge").contains("Waiting for consent"));

        alex.get(url("spaces/" + couple.spaceId()));
        click(alex, "consent-approve");
        WebDriver sam = openSpace(couple.second(), couple.spaceId());
        click(sam, "consent-approve");
        waitIn(sam).until(ExpectedConditions.invisibilityOfElementLocated(By.id("consent-requests")));
        waitIn(counsellor).until(b -> texts(b, ".cg-case .cg-badge").contains("Observing"));

        counsellor.get(url("spaces/" + couple.spaceId()));
        waitIn(counsellor).until(ExpectedConditions.visibilityOfElementLocated(By.id("observing-banner")));
        markVisit(counsellor);
        waitIn(alex).until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[aria-label='Add to Me']"))).click();
        type(alex, "item-title", "Run a half marathon");
        click(alex, "item-save");
        waitIn(counsellor).until(b -> texts(b, ".cg-item-title").contains("Run a half marathon"));
        assertThat(counsellor.findElements(By.cssSelector("vaadin-button[aria-label='Add to Me'], #item-save"))).isEmpty();

        sam.get(url("spaces/" + couple.spaceId() + "/settings"));
        click(sam, "counsellor-revoke");

        waitIn(counsellor).until(ExpectedConditions.textToBe(By.id("access-ended"), "Your access to this space has ended"));
        assertThat(texts(counsellor, ".cg-item-title")).isEmpty();
        assertThat(sameVisit(counsellor)).isTrue();
    }
}
