package app.commonground;

import app.commonground.account.AccountService;
import app.commonground.account.SignUp;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.space.InvitationService;
import app.commonground.space.NewSpace;
import app.commonground.space.SpaceService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A 390 px wide phone: every section tab in view, nothing wider than the screen, every name in full. */
class PhoneLayoutTest extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    SpaceService spaces;
    @Autowired
    InvitationService invitations;
    @Autowired
    ResponsibilityService responsibilities;
    @Autowired
    TestNegotiations negotiating;

    @Test
    void on_a_phone_the_section_tabs_fit_the_page_does_not_slide_sideways_and_long_names_are_shown_whole() {
        TestPeople.Person alexandria = person("Alexandria-Josephine");
        TestPeople.Person maximilian = person("Maximilian Bartholomew");
        UUID space = people.as(alexandria, () -> spaces.create(new NewSpace("Alexandria & Maximilian")));
        String link = people.as(alexandria, () -> invitations.invitePartner(space).token());
        people.as(maximilian, () -> invitations.accept(link));
        people.as(alexandria, () -> responsibilities.propose(space, new ResponsibilityDraft("Bins", Area.HOUSEHOLD,
                maximilian.id(), Cadence.WEEKLY, "Out on Thursday night", 15, null)));
        negotiating.revealed(new TestPeople.Couple(space, alexandria, maximilian, null), "Weekends");

        WebDriver phone = newBrowser();
        phone.manage().window().setSize(new Dimension(390, 844));
        showSpace(phone, url(""), alexandria, space);
        assertThat(overflowing(phone)).as("board").isEmpty();
        assertThat(tabsOutOfView(phone)).isEmpty();

        click(phone, "responsibilities-tab");
        waitIn(phone).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cg-balance-name")));
        assertThat(overflowing(phone)).as("responsibilities").isEmpty();
        assertThat(cutNames(phone)).isEmpty();
        assertThat(texts(phone, ".cg-balance-name")).contains("Alexandria-Josephine", "Maximilian Bartholomew");

        click(phone, "negotiations-tab");
        click(phone, By.cssSelector(".cg-negotiation-card[data-title='Weekends']"));
        waitIn(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("negotiation-title")));
        assertThat(overflowing(phone)).as("a negotiation").isEmpty();
    }

    private TestPeople.Person person(String name) {
        String email = "phone-" + UUID.randomUUID() + "@example.test";
        UUID id = accounts.signUp(new SignUp(name, email, TestPeople.PASSWORD));
        return new TestPeople.Person(id, name, email);
    }

    /** Visible elements reaching past the right edge of the screen (what makes a page slide sideways). */
    @SuppressWarnings("unchecked")
    private static List<String> overflowing(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const width = document.documentElement.clientWidth;
                const out = document.documentElement.scrollWidth > width ? ['the page: ' + document.documentElement.scrollWidth] : [];
                return out.concat([...document.querySelectorAll('body *')]
                  .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > width + 1
                    && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[aria-hidden=true]')
                    && !e.matches('label[id^=label-vaadin-select]'))
                  .map(e => e.tagName.toLowerCase() + '.' + e.className));""");
    }

    @SuppressWarnings("unchecked")
    private static List<String> tabsOutOfView(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('vaadin-tab')]
                  .filter(t => t.getBoundingClientRect().right > width || t.getBoundingClientRect().left < 0)
                  .map(t => t.textContent);""");
    }

    @SuppressWarnings("unchecked")
    private static List<String> cutNames(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('.cg-balance-name')]
                  .filter(e => e.scrollWidth > e.clientWidth).map(e => e.textContent);""");
    }
}
