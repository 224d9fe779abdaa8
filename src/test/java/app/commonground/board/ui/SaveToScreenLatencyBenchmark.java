package app.commonground.board.ui;

import app.commonground.BrowserTest;
import app.commonground.TestPeople;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long a save in one browser takes to appear in another: measured with the browsers' own clocks
 * (both on this machine, so they agree), from the click on "Save" in one to the changed title in the DOM of
 * the other. Prints the figures; asserts nothing. Not part of the normal test run:
 * {@code ./mvnw test -Dtest=SaveToScreenLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class SaveToScreenLatencyBenchmark extends BrowserTest {

    private static final int WARM_UP = 10;
    private static final int SAVES = 120;

    @Autowired
    BoardService board;

    @Test
    void prints_the_time_from_a_save_in_one_browser_to_its_appearance_in_another() {
        TestPeople.Couple couple = people.newCouple();
        people.as(couple.first(), () -> board.add(couple.spaceId(), Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Bench 0")));
        WebDriver alex = openSpace(couple.first(), couple.spaceId());
        WebDriver sam = openSpace(couple.second(), couple.spaceId());
        ((JavascriptExecutor) sam).executeScript("""
                window.seen = {};
                const note = () => document.querySelectorAll('.cg-item-title').forEach(e => {
                  if (!(e.textContent in window.seen)) window.seen[e.textContent] = performance.timeOrigin + performance.now();
                });
                note();
                new MutationObserver(note).observe(document.body, {subtree: true, childList: true, characterData: true});""");

        List<Double> latencies = new ArrayList<>();
        for (int i = 1; i <= WARM_UP + SAVES; i++) {
            String before = "Bench " + (i - 1);
            String after = "Bench " + i;
            waitIn(alex).until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//div[@data-title='" + before + "']//vaadin-button[normalize-space()='Edit']"))).click();
            type(alex, "item-title", after);
            double savedAt = ((Number) ((JavascriptExecutor) alex).executeScript(
                    "const t = performance.timeOrigin + performance.now(); document.getElementById('item-save').click(); return t;"))
                    .doubleValue();
            double shownAt = waitIn(sam).until(b -> (Number) ((JavascriptExecutor) b)
                    .executeScript("return window.seen[arguments[0]]", after)).doubleValue();
            waitIn(alex).until(ExpectedConditions.invisibilityOfElementLocated(By.id("item-save")));
            if (i > WARM_UP) {
                latencies.add(shownAt - savedAt);
            }
        }

        List<Double> sorted = latencies.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%nSave-to-other-screen latency over %d saves (after %d warm-up saves), "
                        + "two headless Chromium browsers and the server on one machine:%n"
                        + "  median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms, mean %.1f ms%n%n",
                sorted.size(), WARM_UP, percentile(sorted, 50), percentile(sorted, 95), sorted.getFirst(),
                sorted.getLast(), sorted.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
