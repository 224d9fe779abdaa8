package app.commonground;

import app.commonground.account.AccountService;
import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.checkin.AppreciationDraft;
import app.commonground.checkin.CheckinAnswers;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.LinkKind;
import app.commonground.checkin.NewIssue;
import app.commonground.counselling.CounsellingService;
import app.commonground.counselling.NextSessionService;
import app.commonground.counselling.SessionTime;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.space.InvitationService;
import app.commonground.values.BoundaryDraft;
import app.commonground.values.BoundaryKind;
import app.commonground.values.SharedValueDraft;
import app.commonground.values.ValuesService;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
    @Autowired
    CheckinService checkins;
    @Autowired
    ValuesService values;
    @Autowired
    CounsellingService counselling;
    @Autowired
    NextSessionService nextSession;
    @Autowired
    AccountService accounts;

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
    void pages_in_the_states_people_reach_have_no_serious_or_critical_accessibility_violation() throws IOException {
        TestPeople.Couple couple = people.newCouple();
        UUID space = couple.spaceId();
        livedIn(couple);
        Path myData = myDataPage(couple.first());
        TestPeople.Couple busy = people.newPartners();
        longFeed(busy);

        List<String> violations = new ArrayList<>();
        for (Dimension size : WIDTHS) {
            String width = size.getWidth() + " px";
            WebDriver partner = newBrowser();
            partner.manage().window().setSize(size);
            signIn(partner, busy.first().email());
            check(partner, url("spaces/" + busy.spaceId()), ".cg-activity-entry", width, violations);
            if (size.getWidth() > 1000) {
                assertThat(feedOverflows(partner)).as("the activity feed is longer than its panel").isTrue();
            }

            WebDriver alex = newBrowser();
            alex.manage().window().setSize(size);
            signIn(alex, couple.first().email());
            alex.get(url("spaces/" + space));
            click(alex, "checkin-tab");
            checkHere(alex, "space page, a revealed check-in", "#checkin-appreciations", width, violations);
            click(alex, "values-tab");
            checkHere(alex, "space page, both value lists revealed", "#values-revealed", width, violations);
            click(alex, "sessions-tab");
            checkHere(alex, "space page, sessions", "#since-link", width, violations);
            check(alex, url("spaces/" + space + "/since"), ".cg-since-line a", width, violations);
            check(alex, url("account"), "#download-my-data", width, violations);
            check(alex, myData.toUri().toString(), "dl", width, violations);

            WebDriver rivera = newBrowser();
            rivera.manage().window().setSize(size);
            signIn(rivera, couple.counsellor().email());
            check(rivera, url("spaces/" + space + "/since"), ".cg-since-line a", width, violations);
            rivera.get(url("spaces/" + space));
            click(rivera, "sessions-tab");
            checkHere(rivera, "space page, sessions, the counsellor's next session", "#next-session-plan", width,
                    violations);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void in_german_no_page_has_a_serious_or_critical_accessibility_violation_and_each_says_it_is_in_german() {
        TestPeople.Couple couple = people.newCouple();
        UUID space = couple.spaceId();
        livedIn(couple);
        for (TestPeople.Person person : List.of(couple.first(), couple.second(), couple.counsellor())) {
            people.as(person, () -> accounts.chooseLanguage(Optional.of(Locale.GERMAN)));
        }

        List<String> violations = new ArrayList<>();
        for (Dimension size : WIDTHS) {
            String width = size.getWidth() + " px";
            WebDriver visitor = keep(chromium(Map.of(), "de-DE"));
            visitor.manage().window().setSize(size);
            check(visitor, url("login"), "vaadin-login-form", width, violations);
            check(visitor, url("signup"), "#signup-name", width, violations);

            WebDriver alex = newBrowser();
            alex.manage().window().setSize(size);
            signIn(alex, couple.first().email());
            check(alex, url("spaces/" + space), ".cg-board", width, violations);
            assertThat(((JavascriptExecutor) alex).executeScript("return document.documentElement.lang")).isEqualTo("de");
            assertThat(alex.findElement(By.id("board-tab")).getText()).isEqualTo("Pinnwand");
            if (size.getWidth() > 1000) {
                // the longer German words press on the layout at phone width: at laptop width, the frame and a form
                check(alex, url("account"), "#download-my-data", width, violations);
                continue;
            }
            for (String[] section : List.of(new String[] {"responsibilities-tab", ".cg-responsibility-tools"},
                    new String[] {"negotiations-tab", ".cg-negotiation-card"}, new String[] {"checkin-tab", "#checkin-appreciations"},
                    new String[] {"values-tab", "#values-revealed"}, new String[] {"sessions-tab", "#since-link"})) {
                click(alex, section[0]);
                checkHere(alex, "space page, " + section[0], section[1], width, violations);
            }
            check(alex, url("spaces/" + space + "/since"), ".cg-since-line a", width, violations);
            check(alex, url("spaces/" + space + "/settings"), "h1", width, violations);
            check(alex, url("account"), "#download-my-data", width, violations);

            WebDriver rivera = newBrowser();
            rivera.manage().window().setSize(size);
            signIn(rivera, couple.counsellor().email());
            check(rivera, url(""), "h1", width, violations);
            rivera.get(url("spaces/" + space));
            click(rivera, "sessions-tab");
            checkHere(rivera, "space page, sessions, the counsellor's next session", "#next-session-plan", width,
                    violations);
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

    /**
     * The couple's space a few weeks in, built through the services: goals, an agreement, a revealed check-in
     * with an issue raised, boundaries, both lists of core values revealed, a shared value proposed, and a
     * session with the counsellor two weeks ago.
     */
    private void livedIn(TestPeople.Couple couple) {
        UUID space = couple.spaceId();
        TestPeople.Person alex = couple.first();
        TestPeople.Person sam = couple.second();
        UUID japan = people.as(alex, () -> board.add(space, BoardService.Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Save for a trip to Japan"))).id();
        people.as(sam, () -> board.add(space, BoardService.Placement.MINE, ItemDraft.idea(ItemKind.HOBBY, "Climbing")));
        people.as(couple.counsellor(), () -> counselling.recordSession(space, LocalDate.now().minusWeeks(2)));
        people.as(couple.counsellor(), () -> nextSession.plan(space,
                new SessionTime(LocalDate.now(ZoneOffset.UTC).plusDays(4), "18:00", ZoneOffset.UTC)));
        people.as(sam, () -> nextSession.askForAnotherTime(space, "Could we start at seven?"));
        negotiating.agreed(couple, "Weekends", "Saturdays are Alex's, Sundays are ours");

        UUID checkin = people.as(alex, () -> checkins.start(space));
        people.as(alex, () -> checkins.saveAnswers(checkin, new CheckinAnswers(7, 8, true, List.of(
                new AppreciationDraft("Putting the first 200 into the Japan account", LinkKind.ITEM, japan, true),
                new AppreciationDraft("The soup on Tuesday")), "My team is changing in January", true,
                "Whether we see enough of each other on weekdays", false, null, false, "A long walk on Saturday", true)));
        people.as(alex, () -> checkins.submit(checkin));
        people.as(sam, () -> checkins.saveAnswers(checkin, new CheckinAnswers(8, 6, false, List.of(
                new AppreciationDraft("You cooked every night during my exam week")), null, false, null, false,
                "I was short-tempered before the exam", true, "A lazy Sunday morning", false)));
        people.as(sam, () -> checkins.submit(checkin));
        people.as(sam, () -> checkins.raiseIssue(checkin, new NewIssue("Weekday evenings", "Time together on weekdays")));

        var evenings = people.as(alex, () -> values.writeBoundary(space, new BoundaryDraft(BoundaryKind.TIME,
                "If work runs late, I will still stop at 8 on Thursdays", true, null), true));
        people.as(sam, () -> values.restateBoundary(evenings.id(), evenings.revision(), "Thursday evenings are yours"));
        people.as(sam, () -> values.writeBoundary(space, new BoundaryDraft(BoundaryKind.EMOTIONAL,
                "If I'm upset, I will say I need an hour and come back to talk", true, LocalDate.now().plusMonths(2)), true));
        people.as(alex, () -> values.chooseValues(space, List.of("Adventure", "Honesty", "Creativity"), true));
        people.as(alex, () -> values.valuesReady(space, true));
        people.as(sam, () -> values.chooseValues(space, List.of("Family", "Honesty", "Calm"), true));
        people.as(sam, () -> values.valuesReady(space, true));
        people.as(sam, () -> values.proposeValue(space, new SharedValueDraft("Honesty",
                "We say what we feel, kindly and early", List.of(japan), null, true)));
    }

    /** Fifteen long lines of activity, as many as the feed shows before "Show older", more than its panel holds. */
    private void longFeed(TestPeople.Couple couple) {
        for (int number = 1; number <= 13; number++) {
            String title = "A goal with a long name, to see the activity panel fill up, number " + number;
            people.as(number % 2 == 0 ? couple.first() : couple.second(), () -> board.add(couple.spaceId(),
                    BoardService.Placement.SHARED, ItemDraft.idea(ItemKind.GOAL, title)));
        }
    }

    private static boolean feedOverflows(WebDriver browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "const feed = document.querySelector('.cg-activity'); return feed.scrollHeight > feed.clientHeight"));
    }

    /** The readable copy ({@code my-data.html}) from the person's "Download my data" ZIP, as a file. */
    private Path myDataPage(TestPeople.Person person) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        people.as(person, () -> accounts.exportMyData(zip, Locale.ENGLISH));
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals("my-data.html")) {
                    Path page = Files.createTempFile("my-data", ".html");
                    page.toFile().deleteOnExit();
                    Files.write(page, entries.readAllBytes());
                    return page;
                }
            }
        }
        throw new AssertionError("no my-data.html in the export");
    }

    private static void check(WebDriver browser, String url, String ready, String width, List<String> violations) {
        browser.get(url);
        checkHere(browser, url.replaceFirst("^http://localhost:\\d+/", "/").replaceFirst("^file:.*/", ""), ready, width, violations);
    }

    private static void checkHere(WebDriver browser, String page, String ready, String width, List<String> violations) {
        waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(ready)));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .setTimeout((int) Patience.LIMIT.toSeconds()).analyze(browser);
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                rule.getNodes().forEach(node -> violations.add(page + " at " + width + ": " + rule.getImpact() + " "
                        + rule.getId() + " on " + node.getTarget() + ": " + node.getFailureSummary()));
            }
        }
    }
}
