package app.commonground.security;

import app.commonground.BrowserTest;
import app.commonground.Patience;
import app.commonground.TestPeople;
import app.commonground.account.AccountService;
import app.commonground.account.SignUp;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's session lives on one app server; when that server restarts, or the load balancer sends the
 * browser to another server, the session is gone. The signed "stay signed in" cookie brings the person
 * back to the page they were on, without a password, until they sign out.
 */
class StaySignedInTest extends BrowserTest {

    @Autowired
    EndedSessions endedSessions;
    @Autowired
    AccountService accounts;

    @Test
    void a_browser_whose_server_session_is_gone_is_signed_in_again_on_the_same_page() {
        var couple = people.newCouple();
        WebDriver alex = openSpace(couple.first(), couple.spaceId());
        assertThat(alex.manage().getCookieNamed("CG_SIGNED_IN")).isNotNull();

        alex.manage().deleteCookieNamed("JSESSIONID");
        alex.navigate().refresh();

        waitIn(alex).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cg-board")));
        assertThat(alex.getCurrentUrl()).endsWith("/spaces/" + couple.spaceId());
    }

    @Test
    void after_signing_out_a_browser_needs_the_password_again() {
        var couple = people.newCouple();
        WebDriver alex = openSpace(couple.first(), couple.spaceId());

        click(alex, By.cssSelector(".cg-user-menu vaadin-menu-bar-button"));
        click(alex, By.xpath("//vaadin-menu-bar-item[normalize-space()='Sign out']"));
        waitIn(alex).until(ExpectedConditions.urlContains("/login"));
        assertThat(alex.manage().getCookieNamed("CG_SIGNED_IN")).isNull();

        alex.manage().deleteCookieNamed("JSESSIONID");
        alex.get(url("spaces/" + couple.spaceId()));
        waitIn(alex).until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void a_stay_signed_in_cookie_copied_before_signing_out_no_longer_opens_the_account_afterwards() throws Exception {
        var couple = people.newCouple();
        WebDriver alex = openSpace(couple.first(), couple.spaceId());
        String copied = alex.manage().getCookieNamed("CG_SIGNED_IN").getValue();
        assertThat(statusWithOnly(copied, couple)).as("the copied cookie before signing out").isEqualTo(200);

        signOut(alex);

        assertThat(statusWithOnly(copied, couple)).as("the copied cookie after signing out").isEqualTo(302);
    }

    @Test
    void a_deleted_persons_stay_signed_in_cookie_no_longer_opens_anything_even_once_their_email_signs_up_again()
            throws Exception {
        var couple = people.newCouple();
        WebDriver sam = openSpace(couple.second(), couple.spaceId());
        String copied = sam.manage().getCookieNamed("CG_SIGNED_IN").getValue();
        assertThat(statusWithOnly(copied, couple)).as("the copied cookie before deleting").isEqualTo(200);

        sam.get(url("account"));
        type(sam, "delete-account-password", TestPeople.PASSWORD);
        click(sam, "delete-account");
        waitIn(sam).until(ExpectedConditions.urlContains("/login"));

        assertThat(statusWithOnly(copied, couple)).as("the copied cookie after deleting").isEqualTo(302);
        accounts.signUp(new SignUp("Sam, new", couple.second().email(), TestPeople.PASSWORD));
        assertThat(statusWithOnly(copied, couple)).as("the copied cookie once the email is someone new's").isEqualTo(302);
    }

    @Test
    void signing_out_in_one_browser_ends_the_other_browsers_session_of_that_person_at_once() {
        var couple = people.newCouple();
        WebDriver phone = openSpace(couple.first(), couple.spaceId());
        WebDriver laptop = openSpace(couple.first(), couple.spaceId());
        assertThat(endedSessions.signedInSessionsOf(couple.first().id())).isEqualTo(2);

        signOut(phone);

        Awaitility.await().atMost(Patience.QUIET)
                .until(() -> endedSessions.signedInSessionsOf(couple.first().id()) == 0);
        laptop.navigate().refresh();
        waitIn(laptop).until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void a_new_password_signs_out_every_other_browser_and_keeps_the_one_that_changed_it() {
        var couple = people.newCouple();
        WebDriver laptop = openSpace(couple.first(), couple.spaceId());
        WebDriver phone = openSpace(couple.first(), couple.spaceId());

        laptop.get(url("account"));
        type(laptop, "account-current-password", TestPeople.PASSWORD);
        type(laptop, "account-new-password", "a brand new passphrase");
        type(laptop, "account-repeat-password", "a brand new passphrase");
        click(laptop, "account-change-password");
        waitIn(laptop).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));

        phone.navigate().refresh();
        waitIn(phone).until(ExpectedConditions.urlContains("/login"));
        laptop.manage().deleteCookieNamed("JSESSIONID");
        laptop.get(url("spaces/" + couple.spaceId()));
        waitIn(laptop).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cg-board")));
    }

    private void signOut(WebDriver browser) {
        click(browser, By.cssSelector(".cg-user-menu vaadin-menu-bar-button"));
        click(browser, By.xpath("//vaadin-menu-bar-item[normalize-space()='Sign out']"));
        waitIn(browser).until(ExpectedConditions.urlContains("/login"));
    }

    /** The answer to a request for the space that carries nothing but this "stay signed in" cookie. */
    private int statusWithOnly(String cookie, TestPeople.Couple couple) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("spaces/" + couple.spaceId()))).header("Cookie", "CG_SIGNED_IN=" + cookie).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }
}
