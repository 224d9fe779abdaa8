package app.commonground.negotiation.ui;

import app.commonground.BrowserTest;
import app.commonground.TestNegotiations;
import app.commonground.TestPeople;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NewNegotiation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sam types slowly in a real browser while Alex's changes are pushed to Sam's screen again and again: not a
 * character of Sam's is changed, dropped or moved, and an open rating list stays open.
 */
class TypingWhilePushesArriveTest extends BrowserTest {

    private static final String TYPED = "Picnic on Sunday by the river, then a slow walk home";

    @Autowired
    NegotiationService negotiations;
    @Autowired
    TestNegotiations negotiating;

    @Test
    void a_core_need_typed_while_the_other_partner_saves_again_and_again_is_kept_letter_for_letter() {
        TestPeople.Couple couple = people.newPartners();
        UUID topic = people.as(couple.first(), () -> negotiations.open(couple.spaceId(), new NewNegotiation("Sundays", null)));
        WebDriver sam = openNegotiation(couple.second(), couple, "Sundays");
        AtomicInteger pushes = new AtomicInteger();

        typeWhile(sam, "#negotiation-core-1 input", () -> {
            people.as(couple.first(), () -> negotiations.saveDraft(topic, List.of("Rest " + pushes.get()), List.of()));
            pushes.incrementAndGet();
        });

        assertThat(pushes.get()).as("saves by Alex while Sam typed").isGreaterThan(5);
        assertThat(valueOf(sam, "#negotiation-core-1 input")).isEqualTo(TYPED);
        click(sam, "negotiation-ready");
        people.as(couple.first(), () -> negotiations.setReady(topic, true));
        waitIn(sam).until(b -> texts(b, ".cg-position li").contains(TYPED));
    }

    @Test
    void an_option_typed_while_the_other_partner_adds_options_is_kept_and_an_open_rating_list_stays_open() {
        TestPeople.Couple couple = people.newPartners();
        UUID topic = negotiating.atOptions(couple, "Sundays");
        people.as(couple.first(), () -> negotiations.addOption(topic, "Brunch in town"));
        WebDriver sam = openNegotiation(couple.second(), couple, "Sundays");
        AtomicInteger pushes = new AtomicInteger();

        typeWhile(sam, "#negotiation-option input", () ->
                people.as(couple.first(), () -> negotiations.addOption(topic, "Option " + pushes.incrementAndGet())));

        assertThat(pushes.get()).as("options Alex added while Sam typed").isGreaterThan(5);
        int added = pushes.get();
        waitIn(sam).until(b -> texts(b, ".cg-option-text").contains("Option " + added));
        assertThat(valueOf(sam, "#negotiation-option input")).isEqualTo(TYPED);

        WebElement rating = waitIn(sam).until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-select.cg-score")));
        rating.click();
        waitIn(sam).until(b -> opened(b, rating));
        people.as(couple.first(), () -> negotiations.addOption(topic, "One more while the list is open"));
        waitIn(sam).until(b -> texts(b, ".cg-option-text").contains("One more while the list is open"));
        assertThat(opened(sam, rating)).as("the rating list is open after the push").isTrue();
    }

    private WebDriver openNegotiation(TestPeople.Person person, TestPeople.Couple couple, String title) {
        WebDriver browser = openSection(person, couple.spaceId(), "negotiations-tab", ".cg-negotiations");
        waitIn(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".cg-negotiation-card[data-title='" + title + "']"))).click();
        waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("negotiation-title")));
        return browser;
    }

    /**
     * Types {@link #TYPED} a key at a time, as a person does (the browser pauses 40 ms between keys), while
     * {@code meanwhile} runs every 100 ms on a timer, each time pushing a change to the typing person's screen.
     */
    private static void typeWhile(WebDriver browser, String inputSelector, Runnable meanwhile) {
        WebElement input = waitIn(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector(inputSelector)));
        input.click();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        ScheduledExecutorService other = Executors.newSingleThreadScheduledExecutor();
        other.scheduleWithFixedDelay(() -> {
            try {
                meanwhile.run();
            } catch (RuntimeException e) {
                failed.compareAndSet(null, e);
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
        try {
            Actions typist = new Actions(browser);
            for (char key : TYPED.toCharArray()) {
                typist.sendKeys(String.valueOf(key)).pause(Duration.ofMillis(40));
            }
            typist.perform();
        } finally {
            other.close();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    private static boolean opened(WebDriver browser, WebElement select) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return arguments[0].opened", select));
    }

    private static String valueOf(WebDriver browser, String inputSelector) {
        return browser.findElement(By.cssSelector(inputSelector)).getDomProperty("value");
    }
}
