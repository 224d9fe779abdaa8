package app.commonground.reminder.ui;

import app.commonground.BrowserTest;
import app.commonground.TestPeople;
import app.commonground.security.SignedTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderChoicesInABrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignedTokens tokens;

    @Test
    void a_partner_turns_one_kind_off_on_the_account_page_and_the_emails_link_turns_all_off_without_signing_in() {
        TestPeople.Person sam = people.newPartners().second();
        WebDriver browser = newBrowser();
        signIn(browser, sam.email());
        browser.get(url("account"));
        waitIn(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reminders"), "Times are in"));
        click(browser, By.xpath("//vaadin-checkbox[normalize-space()='my partner asks me to take something over']"));
        click(browser, "reminder-save");
        waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));
        assertThat(kindsOf(sam)).isEqualTo("PROPOSAL,RESTATEMENT,REVEAL,COUNSELLOR_REQUEST,REVIEW,CHECKIN_TIME,SESSION");

        WebDriver anyone = newBrowser();
        anyone.get(url("reminders/unsubscribe/" + tokens.sign("unsubscribe", sam.id().toString())));
        waitIn(anyone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("unsubscribe-outcome"),
                "Stop all reminder emails"));
        assertThat(kindsOf(sam)).as("opening the link changes nothing").isNotEmpty();
        click(anyone, "unsubscribe");
        waitIn(anyone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("unsubscribe-outcome"),
                "you won't get reminder emails"));
        assertThat(kindsOf(sam)).isEmpty();
    }

    @Test
    void a_quiet_hour_that_is_not_a_time_is_refused_next_to_its_field_and_nothing_is_saved() {
        TestPeople.Person sam = people.newPartners().second();
        WebDriver browser = newBrowser();
        signIn(browser, sam.email());
        browser.get(url("account"));
        waitIn(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reminders"), "Times are in"));

        WebElement until = browser.findElement(By.cssSelector("#reminder-quiet-to input"));
        until.clear();
        until.sendKeys("25:99", Keys.ENTER);
        click(browser, "reminder-save");

        waitIn(browser).until(b -> b.findElement(By.id("reminder-quiet-to")).getDomAttribute("invalid") != null);
        assertThat(browser.findElement(By.id("reminder-quiet-to")).getText()).contains("isn't a time");
        assertThat(jdbc.sql("select count(*) from reminder_settings where account_id = ? and quiet_to <> ?")
                .params(sam.id(), LocalTime.of(8, 0)).query(Long.class).single()).isZero();
    }

    private String kindsOf(TestPeople.Person person) {
        return jdbc.sql("select kinds from reminder_settings where account_id = ?").param(person.id())
                .query(String.class).single();
    }
}
