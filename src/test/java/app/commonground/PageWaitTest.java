package app.commonground;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static app.commonground.BrowserTest.waitIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A browser test's wait follows the page: on a busy machine pushes arrive for longer than on a quiet one, and the
 * wait goes on while they do; on a page that stands still it ends.
 */
class PageWaitTest {

    /** Adds an option every 200 ms, as pushes from the other partner would, and says "done" after 20 s. */
    private static final String BUSY = """
            <!DOCTYPE html><html lang="en"><title>Busy</title><ol id="options"></ol><script>
            const started = Date.now();
            const pushes = setInterval(() => {
              const option = document.createElement('li');
              option.textContent = 'Option ' + (document.querySelectorAll('li').length + 1);
              document.getElementById('options').append(option);
              if (Date.now() - started > 20000) {
                clearInterval(pushes);
                document.body.insertAdjacentHTML('beforeend', '<p id="done">done</p>');
              }
            }, 200);
            </script></html>""";

    private final WebDriver browser = BrowserTest.chromium();

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void a_wait_goes_on_for_as_long_as_the_page_keeps_changing() {
        browser.get(page(BUSY));

        waitIn(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("done")));

        assertThat(browser.findElements(By.tagName("li")).size()).isGreaterThan(90);
    }

    @Test
    void a_wait_ends_once_the_page_stood_still_for_the_quiet_period() {
        browser.get(page("<!DOCTYPE html><html lang=\"en\"><title>Still</title><p>Nothing happens here.</p></html>"));

        assertThatThrownBy(() -> new PageWait(browser, Duration.ofSeconds(2))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("done"))))
                .isInstanceOf(TimeoutException.class).hasMessageContaining("without progress");
    }

    private static String page(String html) {
        return "data:text/html;base64," + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
    }
}
