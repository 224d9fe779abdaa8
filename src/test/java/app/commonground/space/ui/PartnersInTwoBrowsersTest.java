package app.commonground.space.ui;

import app.commonground.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PartnersInTwoBrowsersTest extends BrowserTest {

    @Test
    void a_partner_invited_by_link_joins_and_the_first_partner_sees_them_arrive_without_reloading() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        WebDriver alex = newBrowser();
        signUp(alex, "Alex", "alex-" + suffix + "@example.test");
        type(alex, "space-name", "Alex & Sam");
        click(alex, "space-create");
        waitIn(alex).until(ExpectedConditions.textToBe(By.id("space-title"), "Alex & Sam"));
        String spaceUrl = alex.getCurrentUrl();

        alex.get(spaceUrl + "/settings");
        click(alex, "invite-create");
        String link = waitIn(alex).until(b -> {
            String value = b.findElement(By.cssSelector("#invite-link input")).getDomProperty("value");
            return value == null || value.isEmpty() ? null : value;
        });
        alex.get(spaceUrl);
        waitIn(alex).until(ExpectedConditions.textToBe(By.id("space-members"),
                "Alex (you) · waiting for a partner to join"));
        markVisit(alex);

        WebDriver sam = newBrowser();
        sam.get(link);
        click(sam, "invite-signup");
        signUpHere(sam, "Sam", "sam-" + suffix + "@example.test");
        click(sam, "invite-join");
        waitIn(sam).until(ExpectedConditions.textToBe(By.id("space-members"), "Alex & Sam (you)"));

        waitIn(alex).until(ExpectedConditions.textToBe(By.id("space-members"), "Alex (you) & Sam"));
        waitIn(alex).until(b -> texts(b, ".cg-presence-name").equals(List.of("Alex", "Sam")));
        assertThat(sameVisit(alex)).isTrue();
        assertThat(texts(sam, ".cg-presence-name")).containsExactly("Alex", "Sam");
    }

    @Test
    void when_a_partner_closes_the_space_the_other_sees_them_leave() {
        WebDriver alex = newBrowser();
        WebDriver sam = newBrowser();
        bothInTheSpace(alex, sam);

        sam.get("about:blank");

        waitIn(alex).until(b -> texts(b, ".cg-presence-name").equals(List.of("Alex")));
    }

    @Test
    void when_a_partner_closes_the_space_as_a_request_is_cut_off_the_other_still_sees_them_leave() {
        WebDriver alex = newBrowser();
        WebDriver sam = newBrowser();
        bothInTheSpace(alex, sam);
        // Vaadin drops its own word that the page went when a request of the page was cut off: as if so here.
        ((JavascriptExecutor) sam).executeScript("""
                const send = navigator.sendBeacon.bind(navigator);
                navigator.sendBeacon = (url, data) => String(url).includes('v-r=uidl') || send(url, data);""");

        sam.get("about:blank");

        waitIn(alex).until(b -> texts(b, ".cg-presence-name").equals(List.of("Alex")));
    }

    /** Alex and Sam, each in their browser, in their space, and Alex sees Sam there. */
    private void bothInTheSpace(WebDriver alex, WebDriver sam) {
        var couple = people.newCouple();
        signIn(alex, couple.first().email());
        alex.get(url("spaces/" + couple.spaceId()));
        signIn(sam, couple.second().email());
        sam.get(url("spaces/" + couple.spaceId()));
        waitIn(alex).until(b -> texts(b, ".cg-presence-name").equals(List.of("Alex", "Sam")));
    }

    @Test
    void a_wrong_password_is_answered_on_the_sign_in_page() {
        var robin = people.newPerson("Robin");
        WebDriver browser = newBrowser();

        signIn(browser, robin.email(), "not the password");

        waitIn(browser).until(ExpectedConditions.urlContains("/login?error"));
        waitIn(browser).until(b -> b.findElement(By.tagName("vaadin-login-form")).getDomProperty("error").equals("true"));
    }

    private void signUp(WebDriver browser, String name, String email) {
        browser.get(url("signup"));
        signUpHere(browser, name, email);
    }

    private static void signUpHere(WebDriver browser, String name, String email) {
        type(browser, "signup-name", name);
        type(browser, "signup-email", email);
        type(browser, "signup-password", "a long enough password");
        click(browser, "signup-create");
        waitIn(browser).until(b -> !b.getCurrentUrl().contains("/signup"));
    }

}
