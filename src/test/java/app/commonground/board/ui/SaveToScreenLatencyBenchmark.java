package app.commonground.board.ui;

import app.commonground.BrowserTest;
import app.commonground.SaveToScreenClock;
import app.commonground.TestPeople;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long a save in one browser takes to appear in another, from the click on "Save" in one to the changed
 * title in the DOM of the other. Prints the figures; asserts nothing. Not part of the normal test run:
 * {@code ./mvnw -q test-compile surefire:test -Dtest=SaveToScreenLatencyBenchmark}
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

        SaveToScreenClock clock = new SaveToScreenClock(alex, sam).measure("Bench", WARM_UP, SAVES);

        System.out.printf("%nSave-to-other-screen latency after %d warm-up saves, two headless Chromium browsers "
                + "and the server on one machine:%n  %s%n%n", WARM_UP, clock.summary());
    }
}
