package app.commonground.security;

import app.commonground.BrowserTest;
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
}
