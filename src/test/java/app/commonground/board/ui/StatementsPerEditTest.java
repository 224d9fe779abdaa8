package app.commonground.board.ui;

import app.commonground.BrowserlessTest;
import app.commonground.SqlStatements;
import app.commonground.TestNegotiations;
import app.commonground.TestPeople;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemView;
import com.vaadin.browserless.BrowserlessUIContext;
import app.commonground.negotiation.NegotiationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static app.commonground.BrowserlessUsers.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one edit of a goal, and one step of a negotiation, cost the database: open the editor, change the title,
 * save, the editor closes; add an option to a negotiation. The same change is made with nobody else watching and
 * with the other partner and the counsellor watching: the watching screens must cost nothing, since they are
 * updated from the space's model in memory.
 */
class StatementsPerEditTest extends BrowserlessTest {

    /**
     * The saver's whole edit: the access check, the item, the revision, the change and its activity, and the
     * caller's view of the saved item. An editor open for less than a moment tells nobody, so presence costs none.
     */
    private static final long CEILING = 10;

    @Autowired
    BoardService board;
    @Autowired
    SqlStatements sql;
    @Autowired
    TestNegotiations negotiating;
    @Autowired
    NegotiationService negotiations;

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

    @Test
    void a_step_of_a_negotiation_costs_the_screens_watching_it_nothing() {
        TestPeople.Couple couple = people.newCouple();
        UUID alone = negotiating.atOptions(couple, "Fridays");
        UUID watched = negotiating.atOptions(couple, "Sundays");
        for (UUID topic : List.of(alone, watched)) {
            people.as(couple.first(), () -> negotiations.addOption(topic, "Dinner out"));
        }
        BrowserlessUIContext alex = openNegotiation(couple, couple.first(), "Fridays");
        long aloneCount = addOption(alex, "Cook together", List.of());

        BrowserlessUIContext alexOnSundays = openNegotiation(couple, couple.first(), "Sundays");
        List<BrowserlessUIContext> watching = List.of(openNegotiation(couple, couple.second(), "Sundays"),
                openNegotiation(couple, couple.counsellor(), "Sundays"));
        long watchedCount = addOption(alexOnSundays, "Cook together", watching);

        System.out.printf("%nSQL statements for one option added to a negotiation: %d with nobody watching, %d with "
                + "the other partner and the counsellor watching on the same server%n%n", aloneCount, watchedCount);
        assertThat(watchedCount).as("statements with two more screens watching").isEqualTo(aloneCount);
    }

    /** Adds an option through the page and waits until every screen shows it. */
    private long addOption(BrowserlessUIContext saver, String option, List<BrowserlessUIContext> watching) {
        long before = sql.count();
        saver.activate();
        saver.test(saver.find(TextField.class).withId("negotiation-option").single()).setValue(option);
        saver.test(saver.find(Button.class).withId("negotiation-add-option").single()).click();
        for (BrowserlessUIContext window : Stream.concat(Stream.of(saver), watching.stream()).toList()) {
            eventually(window, () -> assertThat(window.find(Div.class).withClassName("cg-option").all())
                    .anyMatch(row -> option.equals(row.getElement().getAttribute("data-option"))));
        }
        return sql.count() - before;
    }

    private BrowserlessUIContext openNegotiation(TestPeople.Couple couple, TestPeople.Person person, String title) {
        BrowserlessUIContext window = openSpace(couple, person);
        window.activate();
        window.find(TabSheet.class).single().setSelectedTab(window.find(Tab.class).withId("negotiations-tab").single());
        window.test(window.find(Div.class).withClassName("cg-negotiation-card")
                .withCondition(card -> title.equals(card.getElement().getAttribute("data-title"))).single()).click();
        return window;
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
