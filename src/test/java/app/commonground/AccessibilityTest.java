package app.commonground;

import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.space.InvitationService;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, at laptop and at phone width, checked in a real browser with axe-core against WCAG 2.1 A and
 * AA: no serious or critical violation anywhere.
 */
class AccessibilityTest extends BrowserTest {

    private static final List<Dimension> WIDTHS = List.of(new Dimension(1280, 900), new Dimension(390, 844));

    @Autowired
    BoardService board;
    @Autowired
    ResponsibilityService responsibilities;
    @Autowired
    InvitationService invitations;
    @Autowired
    TestNegotiations negotiating;

    @Test
    void no_page_has_a_serious_or_critical_accessibility_violation_at_laptop_or_phone_width() {
        TestPeople.Couple couple = people.newCouple();
        UUID space = couple.spaceId();
        people.as(couple.first(), () -> board.add(space, BoardService.Placement.MINE,
                ItemDraft.idea(ItemKind.GOAL, "Run a half marathon")));
        people.as(couple.second(), () -> board.add(space, BoardService.Placement.MINE,
                ItemDraft.idea(ItemKind.HOBBY, "Pottery")));
        people.as(couple.first(), () -> responsibilities.propose(space, new ResponsibilityDraft("Weekly food shop",
                Area.HOUSEHOLD, couple.second().id(), Cadence.WEEKLY, "Fridge full by Sunday", 90, null)));
        negotiating.agreed(couple, "Weekends", "Saturdays are Alex's, Sundays are ours");
        TestPeople.Couple waiting = people.newPartners();
        String invitation = people.as(waiting.first(), () -> invitations.inviteCounsellor(waiting.spaceId()).path());

        List<String> violations = new ArrayList<>();
        for (Dimension size : WIDTHS) {
            String width = size.getWidth() + " px";
            WebDriver visitor = newBrowser();
            visitor.manage().window().setSize(size);
            check(visitor, url("login"), "vaadin-login-form", width, violations);
            check(visitor, url("signup"), "#signup-name", width, violations);
            check(visitor, url(invitation.replaceFirst("^/", "")), "h1", width, violations);

            WebDriver alex = newBrowser();
            alex.manage().window().setSize(size);
            signIn(alex, couple.first().email());
            check(alex, url(""), "h1", width, violations);
            check(alex, url("spaces/" + space), ".cg-board", width, violations);
            click(alex, "responsibilities-tab");
            checkHere(alex, "space page, responsibilities", ".cg-responsibility", width, violations);
            click(alex, "negotiations-tab");
            checkHere(alex, "space page, negotiations", ".cg-negotiation-card", width, violations);
            click(alex, By.cssSelector(".cg-negotiation-card[data-title='Weekends']"));
            checkHere(alex, "a negotiation", "#negotiation-outcome", width, violations);
            check(alex, url("spaces/" + space + "/settings"), "h1", width, violations);
            check(alex, url("account"), "h1", width, violations);

            WebDriver rivera = newBrowser();
            rivera.manage().window().setSize(size);
            signIn(rivera, couple.counsellor().email());
            check(rivera, url("spaces/" + space), "#observing-banner", width, violations);
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void a_negotiation_in_the_list_opens_from_the_keyboard() {
        TestPeople.Couple couple = people.newPartners();
        negotiating.revealed(couple, "Weekends");
        WebDriver alex = openSection(couple.first(), couple.spaceId(), "negotiations-tab", ".cg-negotiation-card");

        alex.findElement(By.cssSelector(".cg-negotiation-card[data-title='Weekends']")).sendKeys(Keys.ENTER);

        waitIn(alex).until(ExpectedConditions.textToBe(By.id("negotiation-title"), "Weekends"));
    }

    private static void check(WebDriver browser, String url, String ready, String width, List<String> violations) {
        browser.get(url);
        checkHere(browser, url.replaceFirst("^http://localhost:\\d+/", "/"), ready, width, violations);
    }

    private static void checkHere(WebDriver browser, String page, String ready, String width, List<String> violations) {
        waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(ready)));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                rule.getNodes().forEach(node -> violations.add(page + " at " + width + ": " + rule.getImpact() + " "
                        + rule.getId() + " on " + node.getTarget() + ": " + node.getFailureSummary()));
            }
        }
    }
}
