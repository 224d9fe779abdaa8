package app.commonground.page;

import app.commonground.BrowserTest;
import app.commonground.TestPeople.Couple;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 390 px phone the back gesture (the browser's back) closes an open dialog and leaves the person where they
 * were, as an installed app does; an open goal is in the address, so a reload opens it again.
 */
class BackGestureTest extends BrowserTest {

    private static final By OPEN_DIALOG = By.cssSelector("vaadin-dialog[opened], vaadin-confirm-dialog[opened]");

    @Autowired
    BoardService board;

    @Test
    void back_closes_the_open_goal_and_stays_on_the_board_and_a_reload_opens_the_goal_again() {
        Couple couple = people.newCouple();
        UUID goal = people.as(couple.first(), () -> board.add(couple.spaceId(), Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Learn to sail"))).id();
        WebDriver alex = phoneInSpace(couple);

        openGoal(alex, goal);
        waitIn(alex).until(b -> b.getCurrentUrl().endsWith("?item=" + goal));
        alex.navigate().refresh();
        waitIn(alex).until(b -> "Learn to sail".equals(titleField(b)));
        markVisit(alex);

        alex.navigate().back();
        waitIn(alex).until(ExpectedConditions.invisibilityOfElementLocated(OPEN_DIALOG));
        waitIn(alex).until(b -> b.getCurrentUrl().endsWith("/spaces/" + couple.spaceId() + "?tab=board"));
        assertThat(sameVisit(alex)).as("closing the goal left the page").isTrue();

        openGoal(alex, goal); // the server knows the editor closed: it opens again
        waitIn(alex).until(b -> b.getCurrentUrl().endsWith("?item=" + goal));
    }

    @Test
    void a_dialog_closed_with_its_own_button_takes_its_step_out_of_the_history() {
        Couple couple = people.newCouple();
        UUID goal = people.as(couple.first(), () -> board.add(couple.spaceId(), Placement.MINE,
                ItemDraft.idea(ItemKind.HOBBY, "Pottery"))).id();
        WebDriver alex = phoneInSpace(couple);

        openGoal(alex, goal);
        click(alex, By.xpath("//vaadin-button[normalize-space()='Cancel']"));
        waitIn(alex).until(ExpectedConditions.invisibilityOfElementLocated(OPEN_DIALOG));
        waitIn(alex).until(b -> b.getCurrentUrl().endsWith("?tab=board"));

        alex.navigate().back(); // one step back is the page before the space, not the closed goal
        waitIn(alex).until(b -> b.getCurrentUrl().endsWith("/account"));
    }

    @Test
    void back_cancels_a_confirmation_and_changes_nothing() {
        Couple couple = people.newCouple();
        WebDriver alex = phoneInSpace(couple);
        alex.get(url("account"));
        click(alex, "calendar-on");
        String address = waitIn(alex).until(b -> value(b, "calendar-address"));
        markVisit(alex);

        click(alex, "calendar-replace");
        waitIn(alex).until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-replace-confirm")));
        alex.navigate().back();

        waitIn(alex).until(ExpectedConditions.invisibilityOfElementLocated(OPEN_DIALOG));
        assertThat(alex.getCurrentUrl()).endsWith("/account");
        assertThat(sameVisit(alex)).isTrue();
        assertThat(value(alex, "calendar-address")).isEqualTo(address);
    }

    @Test
    void leaving_through_a_confirmation_ends_on_the_home_page_and_stays_there() {
        Couple couple = people.newCouple();
        WebDriver alex = phoneInSpace(couple);
        alex.get(url("spaces/" + couple.spaceId() + "/settings"));
        click(alex, "leave-space");
        click(alex, By.xpath("//vaadin-button[normalize-space()='Leave']"));

        waitIn(alex).until(b -> b.getCurrentUrl().equals(url("")));
        waitIn(alex).until(ExpectedConditions.presenceOfElementLocated(By.id("space-name")));
        assertThat(alex.getCurrentUrl()).isEqualTo(url(""));
    }

    /** Alex on a phone-sized screen, in the space, having come from his account page. */
    private WebDriver phoneInSpace(Couple couple) {
        WebDriver phone = newBrowser();
        phone.manage().window().setSize(new Dimension(390, 844));
        showSpace(phone, url(""), couple.first(), couple.spaceId());
        phone.get(url("account"));
        waitIn(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("calendar")));
        phone.get(url("spaces/" + couple.spaceId()));
        waitIn(phone).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cg-board")));
        return phone;
    }

    private static void openGoal(WebDriver phone, UUID goal) {
        click(phone, "open-" + goal);
        waitIn(phone).until(ExpectedConditions.visibilityOfElementLocated(By.id("item-title")));
    }

    private static String titleField(WebDriver browser) {
        return value(browser, "item-title");
    }

    private static String value(WebDriver browser, String id) {
        Object value = ((JavascriptExecutor) browser).executeScript(
                "const field = document.getElementById(arguments[0]); return field && field.value", id);
        return value instanceof String text && !text.isEmpty() ? text : null;
    }
}
