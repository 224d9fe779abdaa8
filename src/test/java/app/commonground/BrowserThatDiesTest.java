package app.commonground;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser tests' own safety net, shown with a browser killed on purpose. */
class BrowserThatDiesTest extends BrowserTest {

    private static final AtomicInteger attempts = new AtomicInteger();

    @Test
    void a_test_whose_browser_dies_runs_once_more_in_a_new_browser() {
        WebDriver browser = newBrowser();
        if (attempts.incrementAndGet() == 1) {
            long chromium = ((Number) ((ChromeDriver) browser).getCapabilities().getCapability("goog:processID")).longValue();
            ProcessHandle.of(chromium).ifPresent(ProcessHandle::destroyForcibly);
        }

        browser.get(url("login"));

        waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        assertThat(attempts).hasValue(2);
    }
}
