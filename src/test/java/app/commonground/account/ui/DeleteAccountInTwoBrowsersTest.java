package app.commonground.account.ui;

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

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DeleteAccountInTwoBrowsersTest extends BrowserTest {

    @Autowired
    BoardService board;

    @Test
    void sam_deletes_his_account_while_alex_has_the_space_open() {
        TestPeople.Couple couple = people.newPartners();
        UUID spaceId = couple.spaceId();
        String samName = couple.second().name();
        people.as(couple.second(), () -> board.add(spaceId, Placement.MINE, ItemDraft.idea(ItemKind.HOBBY, "Pottery on Tuesdays")));
        people.as(couple.second(), () -> board.add(spaceId, Placement.SHARED, ItemDraft.idea(ItemKind.GOAL, "Paint the hallway")));
        WebDriver alex = openSpace(couple.first(), spaceId);
        WebDriver sam = openSpace(couple.second(), spaceId);
        waitIn(alex).until(b -> texts(b, ".cg-item-title").containsAll(List.of("Pottery on Tuesdays", "Paint the hallway")));
        assertThat(texts(alex, ".cg-column h2")).hasSize(3);
        markVisit(alex);
        String spaceTab = sam.getWindowHandle();
        ((JavascriptExecutor) sam).executeScript("window.open(arguments[0], '_blank')", url("account"));
        sam.switchTo().window(sam.getWindowHandles().stream().filter(h -> !h.equals(spaceTab)).findFirst().orElseThrow());

        type(sam, "delete-account-password", TestPeople.PASSWORD);
        click(sam, "delete-account");

        waitIn(sam).until(ExpectedConditions.urlContains("/login"));
        waitIn(sam).until(ExpectedConditions.visibilityOfElementLocated(By.id("account-deleted")));
        waitIn(alex).until(b -> texts(b, "vaadin-notification-card").stream().anyMatch(t -> t.contains(samName + " left the space")));
        waitIn(alex).until(b -> !texts(b, ".cg-item-title").contains("Pottery on Tuesdays"));
        assertThat(texts(alex, ".cg-item-title")).contains("Paint the hallway");
        waitIn(alex).until(b -> texts(b, ".cg-column h2").size() == 2);
        waitIn(alex).until(b -> texts(b, ".cg-activity-text").stream().anyMatch(t -> t.contains("A former member left the space")));
        assertThat(String.join("\n", texts(alex, ".cg-activity-text, .cg-board"))).doesNotContain(samName, " null");
        assertThat(sameVisit(alex)).isTrue();

        sam.switchTo().window(spaceTab);
        waitIn(sam).until(b -> b.getCurrentUrl().contains("/login") || !b.findElements(By.id("access-ended")).isEmpty());
        sam.get(url("spaces/" + spaceId));
        waitIn(sam).until(ExpectedConditions.urlContains("/login"));
    }
}
