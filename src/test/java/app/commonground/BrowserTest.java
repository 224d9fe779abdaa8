package app.commonground;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real server on a random port and real headless Chromium browsers (Debian's chromium and
 * chromium-driver), for what only a browser shows: pages as served, and changes pushed over the websocket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestPeople.class)
public abstract class BrowserTest {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    @LocalServerPort
    protected int port;

    private final List<WebDriver> browsers = new ArrayList<>();

    protected WebDriver newBrowser() {
        try {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            WebDriver browser = new ChromeDriver(service, options);
            browsers.add(browser);
            return browser;
        } catch (IOException e) {
            throw new IllegalStateException("No temporary folder for a browser profile", e);
        }
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
        browsers.clear();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected static WebDriverWait waitIn(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    /** Types into the input inside a Vaadin field with this id, and commits the value. */
    protected static void type(WebDriver browser, String fieldId, String text) {
        WebElement input = waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + fieldId + " input")));
        input.clear();
        input.sendKeys(text);
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
    }

    protected static void click(WebDriver browser, String id) {
        waitIn(browser).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    protected static String textOf(WebDriver browser, String id) {
        return waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    /** Waits until Vaadin has no request in flight, so what the page shows is what the server sent. */
    protected static void settle(WebDriver browser) {
        waitIn(browser).until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients && "
                        + "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }
}
