package app.commonground;

import app.commonground.account.AccountService;
import app.commonground.account.SignUp;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.responsibility.ResponsibilityView;
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
import java.util.Locale;
import java.util.Optional;
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
        onAPhone(Optional.empty(), "Weekends");
    }

    @Test
    void in_german_whose_words_are_longer_nothing_on_a_phone_is_cut_or_reaches_past_its_card() {
        onAPhone(Optional.of(Locale.GERMAN), "Wochenenden");
    }

    private void onAPhone(Optional<Locale> language, String topic) {
        TestPeople.Person alexandria = person("Alexandria-Josephine", language);
        TestPeople.Person maximilian = person("Maximilian Bartholomew", language);
        UUID space = people.as(alexandria, () -> spaces.create(new NewSpace("Alexandria & Maximilian")));
        String link = people.as(alexandria, () -> invitations.invitePartner(space).token());
        people.as(maximilian, () -> invitations.accept(link));
        people.as(alexandria, () -> responsibilities.propose(space, new ResponsibilityDraft("Bins", Area.HOUSEHOLD,
                maximilian.id(), Cadence.WEEKLY, "Out on Thursday night", 15, null)));
        ResponsibilityView shop = people.as(maximilian, () -> responsibilities.propose(space, new ResponsibilityDraft(
                "Weekly food shop", Area.HOUSEHOLD, maximilian.id(), Cadence.WEEKLY, "Fridge full by Sunday", 90, null)));
        people.as(alexandria, () -> responsibilities.accept(shop.id(), shop.revision()));
        people.as(maximilian, () -> responsibilities.askHandOver(shop.id()));
        negotiating.atOptions(new TestPeople.Couple(space, alexandria, maximilian, null), topic);

        WebDriver phone = newBrowser();
        phone.manage().window().setSize(new Dimension(390, 844));
        showSpace(phone, url(""), alexandria, space);
        assertThat(overflowing(phone)).as("board").isEmpty();
        assertThat(tabsOutOfView(phone)).isEmpty();

        click(phone, "responsibilities-tab");
        waitIn(phone).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cg-balance-name")));
        waitIn(phone).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cg-responsibility-waiting")));
        assertThat(overflowing(phone)).as("responsibilities").isEmpty();
        assertThat(pastTheirCard(phone)).as("responsibilities").isEmpty();
        assertThat(cutNames(phone)).isEmpty();
        assertThat(texts(phone, ".cg-balance-name")).contains("Alexandria-Josephine", "Maximilian Bartholomew");

        click(phone, "negotiations-tab");
        click(phone, By.cssSelector(".cg-negotiation-card[data-title='" + topic + "']"));
        waitIn(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("negotiation-add-option")));
        assertThat(overflowing(phone)).as("a negotiation").isEmpty();
        assertThat(pastTheirCard(phone)).as("a negotiation").isEmpty();

        phone.get(url("spaces/" + space + "/settings"));
        waitIn(phone).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cg-panel")));
        assertThat(overflowing(phone)).as("the space's settings").isEmpty();
        assertThat(pastTheirCard(phone)).as("the space's settings").isEmpty();

        phone.get(url("account"));
        waitIn(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("reminder-kinds")));
        assertThat(overflowing(phone)).as("the account page").isEmpty();
        assertThat(pastTheirCard(phone)).as("the account page").isEmpty();
        language.ifPresent(german -> assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Dein Konto"));
    }

    private TestPeople.Person person(String name, Optional<Locale> language) {
        String email = "phone-" + UUID.randomUUID() + "@example.test";
        UUID id = accounts.signUp(new SignUp(name, email, TestPeople.PASSWORD));
        TestPeople.Person person = new TestPeople.Person(id, name, email);
        people.as(person, () -> accounts.chooseLanguage(language));
        return person;
    }

    /** Buttons, badges and lines that reach past the card they are in (a long label not wrapping). */
    @SuppressWarnings("unchecked")
    private static List<String> pastTheirCard(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('vaadin-button, .cg-badge, .cg-item-achieved, p, span')]
                  .filter(e => e.getClientRects().length && !e.closest('[aria-hidden=true]'))
                  .filter(e => {
                    const card = e.closest('.cg-panel, .cg-item, .cg-responsibility, .cg-option, .cg-card');
                    if (!card) return false;
                    const inner = card.getBoundingClientRect(), r = e.getBoundingClientRect();
                    return r.right > inner.right + 1 || r.left < inner.left - 1;
                  })
                  .map(e => e.tagName.toLowerCase() + ' "' + e.textContent.trim().slice(0, 40) + '"');""");
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
