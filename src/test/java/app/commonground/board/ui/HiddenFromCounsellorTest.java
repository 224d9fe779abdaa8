package app.commonground.board.ui;

import app.commonground.activity.ui.ActivityText;
import app.commonground.BrowserlessTest;
import app.commonground.TestPeople;
import app.commonground.activity.ActivityEntry;
import app.commonground.activity.ActivityLog;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemNotFoundException;
import app.commonground.board.ItemStatus;
import app.commonground.board.ItemView;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static app.commonground.BrowserlessUsers.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HiddenFromCounsellorTest extends BrowserlessTest {

    static final String HIDDEN = "Therapy homework, just for us";

    @Autowired
    BoardService board;
    @Autowired
    ActivityLog activity;

    @Test
    void an_item_hidden_from_the_counsellor_never_reaches_their_read_model_or_their_open_screen() {
        TestPeople.Couple couple = people.newCouple();
        BrowserlessUIContext rivera = users.windowOf(couple.counsellor());
        open(rivera, "spaces/" + couple.spaceId());
        BrowserlessUIContext sam = users.windowOf(couple.second());
        open(sam, "spaces/" + couple.spaceId());

        ItemView hidden = people.as(couple.first(), () -> board.add(couple.spaceId(), Placement.MINE,
                ItemDraft.idea(ItemKind.GOAL, HIDDEN), true));
        people.as(couple.first(), () -> board.setStatus(hidden.id(), hidden.revision(), ItemStatus.ACHIEVED));
        people.as(couple.first(), () -> board.add(couple.spaceId(), Placement.MINE,
                ItemDraft.idea(ItemKind.GOAL, "Run a half marathon")));

        eventually(rivera, () -> assertThat(texts(rivera, "cg-item-title")).containsExactly("Run a half marathon"));
        assertThat(everythingOn(rivera)).doesNotContain(HIDDEN);
        assertThat(texts(rivera, "cg-celebration-text")).isEmpty();
        eventually(sam, () -> assertThat(texts(sam, "cg-item-title")).contains(HIDDEN, "Run a half marathon"));
        assertThat(texts(sam, "cg-badge-hidden")).containsExactly("Hidden from counsellor");

        assertThat(people.as(couple.counsellor(), () -> board.board(couple.spaceId())).toString()).doesNotContain(HIDDEN);
        assertThatThrownBy(() -> people.as(couple.counsellor(), () -> board.item(hidden.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(people.as(couple.counsellor(), () -> activity.newest(couple.spaceId(), 5)).entries())
                .extracting(ActivityText::sentence).noneMatch(d -> d.contains(HIDDEN));
    }

    private static String everythingOn(BrowserlessUIContext window) {
        window.activate();
        UI ui = window.getUI();
        return ui.getElement().getTextRecursively() + ui.getChildren().map(c -> c.getElement().getOuterHTML())
                .reduce("", String::concat);
    }
}
