package app.commonground;

import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Waits in a browser until a condition holds, for as long as the page keeps changing or waits for the server:
 * pushes that are still arriving, a page still loading, a request still being answered. It gives up only when
 * the page stood still for the quiet period (see {@link Patience}), so a busy machine slows a test down instead
 * of failing it.
 */
public final class PageWait implements Wait<WebDriver> {

    private static final Duration STEP = Duration.ofSeconds(1);

    /**
     * The page's changes so far (every change to its document counts, a new document starts afresh), and whether
     * Vaadin's client is waiting for the server's answer to a request.
     */
    private static final String PROGRESS = """
            const w = window;
            if (!w.cgChanges) {
              const changes = {page: Math.random(), count: 0};
              new MutationObserver(records => changes.count += records.length)
                .observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
              w.cgChanges = changes;
            }
            const clients = Object.values(w.Vaadin?.Flow?.clients ?? {});
            return {changes: w.cgChanges.page + ':' + w.cgChanges.count,
                    waiting: clients.some(client => client.isActive?.())};""";

    private final WebDriver browser;
    private final Duration quiet;
    private final List<Class<? extends Throwable>> ignored = new ArrayList<>();

    public PageWait(WebDriver browser, Duration quiet) {
        this.browser = browser;
        this.quiet = quiet;
    }

    /** Goes on waiting when the condition throws this (besides Selenium's "not found", always ignored). */
    public PageWait ignoring(Class<? extends Throwable> type) {
        ignored.add(type);
        return this;
    }

    @Override
    public <T> T until(Function<? super WebDriver, ? extends T> condition) {
        Patience patience = new Patience(this::progress, quiet);
        while (true) {
            try {
                return new WebDriverWait(browser, STEP).ignoreAll(ignored).until(condition);
            } catch (TimeoutException notYet) {
                if (patience.runOut()) {
                    throw new TimeoutException("Expected condition failed: waiting for " + condition
                            + " while the page changed (" + patience.account() + ")", notYet.getCause());
                }
            }
        }
    }

    /** How far the page got; a fresh object (unlike any before) while it waits for the server or is replaced. */
    private Object progress() {
        try {
            Map<?, ?> seen = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(PROGRESS);
            return Boolean.TRUE.equals(seen.get("waiting")) ? new Object() : seen.get("changes");
        } catch (JavascriptException betweenPages) {
            return new Object();
        }
    }
}
