package app.commonground;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;


/**
 * Times how long an item's new title takes from the click on "Save" in one browser to the DOM of another,
 * with the browsers' own clocks (both on this machine, so they agree). Measures; never asserts.
 */
public final class SaveToScreenClock {

    private final WebDriver saver;
    private final WebDriver watcher;
    private final Latencies latencies = new Latencies();

    /** Starts noting, in {@code watcher}, when each item title first appears. */
    public SaveToScreenClock(WebDriver saver, WebDriver watcher) {
        this.saver = saver;
        this.watcher = watcher;
        ((JavascriptExecutor) watcher).executeScript("""
                window.seen = {};
                const note = () => document.querySelectorAll('.cg-item-title').forEach(e => {
                  if (!(e.textContent in window.seen)) window.seen[e.textContent] = performance.timeOrigin + performance.now();
                });
                note();
                new MutationObserver(note).observe(document.body, {subtree: true, childList: true, characterData: true});""");
    }

    /** Renames the item titled {@code before} in the saver's browser and waits until the watcher shows it. */
    public double rename(String before, String after) {
        BrowserTest.waitIn(saver).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[@data-title='" + before + "']//vaadin-button[normalize-space()='Edit']"))).click();
        BrowserTest.type(saver, "item-title", after);
        double savedAt = ((Number) ((JavascriptExecutor) saver).executeScript(
                "const t = performance.timeOrigin + performance.now(); document.getElementById('item-save').click(); return t;"))
                .doubleValue();
        double shownAt = BrowserTest.waitIn(watcher).until(b -> (Number) ((JavascriptExecutor) b)
                .executeScript("return window.seen[arguments[0]]", after)).doubleValue();
        BrowserTest.waitIn(saver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("item-save")));
        return shownAt - savedAt;
    }

    /** Renames "{prefix} 0" to "{prefix} 1" and so on, and keeps the times after the warm-up renames. */
    public SaveToScreenClock measure(String prefix, int warmUp, int measured) {
        for (int i = 1; i <= warmUp + measured; i++) {
            double latency = rename(prefix + " " + (i - 1), prefix + " " + i);
            if (i > warmUp) {
                latencies.add(latency);
            }
        }
        return this;
    }

    public double median() {
        return latencies.percentile(50);
    }

    /** A one-line summary: how many, median, p95, min, max and mean, in milliseconds. */
    public String summary() {
        return latencies.summary();
    }
}
