package app.commonground;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The real server on a random port and real headless Chromium browsers (Debian's chromium and
 * chromium-driver), for what only a browser shows: pages as served, and changes pushed over the websocket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestPeople.class, TestNegotiations.class})
@ExtendWith(OnceMoreIfABrowserDies.class)
public abstract class BrowserTest implements OnceMoreIfABrowserDies.FreshBrowsers {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    @LocalServerPort
    protected int port;
    @Autowired
    protected TestPeople people;

    private final List<WebDriver> browsers = new ArrayList<>();

    protected WebDriver newBrowser() {
        return keep(chromium());
    }

    /** A browser this test closes at its end. */
    protected WebDriver keep(WebDriver browser) {
        browsers.add(browser);
        return browser;
    }

    /**
     * A new headless Chromium with its own temporary profile, removed when it quits; whoever opens it quits it.
     * ChromeDriver's log for it goes to {@code target/browser-logs/}, to tell a crashed browser from a failed page.
     */
    public static WebDriver chromium() {
        return chromium(Map.of(), "en-US");
    }

    /**
     * A new headless Chromium as above, with these environment variables (TZ sets its time zone), asking
     * pages for this language.
     */
    public static WebDriver chromium(Map<String, String> environment, String language) {
        return chromium(environment, language, List.of("--window-size=1280,900"));
    }

    /**
     * A new headless Chromium as above, showing this address as an installed app does: a window of its own at a
     * phone's size (390 by 844), in standalone display mode.
     */
    public static WebDriver installedApp(String address) {
        return chromium(Map.of(), "en-US", List.of("--window-size=390,844", "--app=" + address));
    }

    private static WebDriver chromium(Map<String, String> environment, String language, List<String> window) {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            Files.createDirectories(LOGS);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .withLogFile(LOGS.resolve(profile.getFileName() + ".log").toFile())
                    .withEnvironment(environment)
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
            options.addArguments(window);
            options.addArguments("--lang=" + language, "--accept-lang=" + language);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            return new Chromium(service, options, profile);
        } catch (IOException e) {
            throw new IllegalStateException("No temporary folder for a browser profile", e);
        }
    }

    private static final Path LOGS = Path.of("target", "browser-logs");

    private static final class Chromium extends ChromeDriver {
        private final Path profile;

        Chromium(ChromeDriverService service, ChromeOptions options, Path profile) {
            super(service, options);
            this.profile = profile;
        }

        @Override
        public void quit() {
            try {
                super.quit();
            } finally {
                FileSystemUtils.deleteRecursively(profile.toFile());
            }
        }
    }

    @AfterEach
    void closeBrowsers() {
        quitAll(browsers);
    }

    /** Each test opens its own browsers: closing them is all it takes. */
    @Override
    public void openFreshBrowsers() {
        closeBrowsers();
    }

    /** Quits every browser in the list, a dead one too, and empties it. */
    public static void quitAll(List<WebDriver> browsers) {
        for (WebDriver browser : browsers) {
            try {
                browser.quit();
            } catch (WebDriverException alreadyGone) {
                System.err.println("A browser could not be closed: " + alreadyGone.getMessage());
            }
        }
        browsers.clear();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Waits in this browser for as long as its page keeps changing (see {@link PageWait}). */
    protected static PageWait waitIn(WebDriver browser) {
        return new PageWait(browser, Patience.QUIET);
    }

    /** Types into the input (or text area) inside a Vaadin field with this id, and commits the value. */
    protected static void type(WebDriver browser, String fieldId, String text) {
        // Clickable, not only present: an editor kept in the page has its fields before it has opened.
        WebElement input = waitIn(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea")));
        input.clear();
        input.sendKeys(text);
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
    }

    /** Clicks the element with this id, finding it again if a pushed update replaced it meanwhile. */
    protected static void click(WebDriver browser, String id) {
        waitIn(browser).ignoring(StaleElementReferenceException.class).until(b -> {
            ExpectedConditions.elementToBeClickable(By.id(id)).apply(b);
            b.findElement(By.id(id)).click();
            return true;
        });
    }

    protected static void click(WebDriver browser, By target) {
        waitIn(browser).until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    /** Opens the select with this id, picks the item with this text, and waits until the select shows it. */
    protected static void choose(WebDriver browser, String selectId, String item) {
        click(browser, selectId);
        waitIn(browser).until(b -> {
            WebElement shown = b.findElements(By.xpath("//vaadin-select-item[normalize-space()='" + item + "']"))
                    .stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (shown == null) {
                return false;
            }
            shown.click();
            return true;
        });
        waitIn(browser).until(b -> b.findElement(By.cssSelector("#" + selectId + " vaadin-select-value-button"))
                .getText().strip().equals(item));
    }

    protected static String textOf(WebDriver browser, String id) {
        return waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    /** Signs in through the sign-in form and waits to leave it. */
    protected void signIn(WebDriver browser, String email) {
        signIn(browser, email, TestPeople.PASSWORD);
        waitIn(browser).until(b -> !b.getCurrentUrl().contains("/login"));
    }

    /** A new browser, signed in as {@code person}, showing the space's board. */
    protected WebDriver openSpace(TestPeople.Person person, UUID spaceId) {
        WebDriver browser = newBrowser();
        showSpace(browser, url(""), person, spaceId);
        return browser;
    }

    /** Signs {@code person} in on the server at {@code baseUrl} and shows the space's board. */
    public static void showSpace(WebDriver browser, String baseUrl, TestPeople.Person person, UUID spaceId) {
        signIn(browser, baseUrl, person.email(), TestPeople.PASSWORD);
        waitIn(browser).until(b -> !b.getCurrentUrl().contains("/login"));
        browser.get(baseUrl + "spaces/" + spaceId);
        waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cg-board")));
    }

    /** A new browser, signed in as {@code person}, showing one section (tab) of the space page. */
    protected WebDriver openSection(TestPeople.Person person, UUID spaceId, String tabId, String readySelector) {
        WebDriver browser = openSpace(person, spaceId);
        click(browser, tabId);
        waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(readySelector)));
        return browser;
    }

    /** Submits the sign-in form, whatever the outcome. */
    protected void signIn(WebDriver browser, String email, String password) {
        signIn(browser, url(""), email, password);
    }

    private static void signIn(WebDriver browser, String baseUrl, String email, String password) {
        browser.get(baseUrl + "login");
        WebElement username = waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form input[name=username]")));
        username.sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
    }

    /** The texts of the elements matching a CSS selector, read in one go while the page may be changing. */
    @SuppressWarnings("unchecked")
    protected static List<String> texts(WebDriver browser, String selector) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent)", selector);
    }

    /** Marks the page, so a test can tell later that it was never reloaded. */
    protected static void markVisit(WebDriver browser) {
        ((JavascriptExecutor) browser).executeScript("window.sameVisit = true");
    }

    protected static boolean sameVisit(WebDriver browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return window.sameVisit === true"));
    }
}
