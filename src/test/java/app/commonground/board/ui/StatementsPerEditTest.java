package app.commonground.board.ui;

import app.commonground.BrowserlessTest;
import app.commonground.SqlStatements;
import app.commonground.TestPeople;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemView;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static app.commonground.BrowserlessUsers.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one edit of a goal costs the database: open the editor, change the title, save, the editor closes. The
 * same edit is made with nobody else watching and with the other partner and the counsellor watching: the
 * watching screens must cost nothing, since they are updated from the space's model in memory.
 */
class StatementsPerEditTest extends BrowserlessTest {

    /** The saver's whole edit: the access check, the item, the revision, the change and its activity, presence. */
    private static final long CEILING = 14;

    @Autowired
    BoardService board;
    @Autowired
    SqlStatements sql;

    @Test
    void one_edit_costs_a_few_statements_and_the_watching_screens_cost_none() {
        TestPeople.Couple couple = people.newCouple();
        ItemView goal = people.as(couple.first(), () -> board.add(couple.spaceId(), Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Walk the coast path")));
        BrowserlessUIContext alex = openSpace(couple, couple.first());

        long alone = edit(alex, goal, "Walk the coast path in May", List.of());

        List<BrowserlessUIContext> watching = List.of(openSpace(couple, couple.second()),
                openSpace(couple, couple.counsellor()));
        watching.forEach(window -> eventually(window, () ->
                assertThat(texts(window, "cg-item-title")).containsExactly("Walk the coast path in May")));
        long watched = edit(alex, goal, "Walk the coast path in June", watching);

        System.out.printf("%nSQL statements for one edit of a goal: %d with nobody watching, %d with the other "
                + "partner and the counsellor watching on the same server%n%n", alone, watched);
        assertThat(alone).isLessThanOrEqualTo(CEILING);
        assertThat(watched).as("statements with two more screens watching").isEqualTo(alone);
    }

    /** Makes the edit through the page and waits until every screen shows it, with no editor marked open. */
    private long edit(BrowserlessUIContext saver, ItemView goal, String title, List<BrowserlessUIContext> watching) {
        long before = sql.count();
        saver.activate();
        saver.test(saver.find(Button.class).withId("open-" + goal.id()).single()).click();
        ItemEditor editor = saver.find(ItemEditor.class).single();
        saver.test(editor.title).setValue(title);
        saver.test(editor.save).click();
        eventually(saver, () -> assertThat(texts(saver, "cg-item-title")).containsExactly(title));
        for (BrowserlessUIContext window : watching) {
            eventually(window, () -> {
                assertThat(texts(window, "cg-item-title")).containsExactly(title);
                assertThat(texts(window, "cg-item-editing")).allMatch(String::isEmpty);
            });
        }
        return sql.count() - before;
    }

    private BrowserlessUIContext openSpace(TestPeople.Couple couple, TestPeople.Person person) {
        BrowserlessUIContext window = users.windowOf(person);
        open(window, "spaces/" + couple.spaceId());
        return window;
    }
}
