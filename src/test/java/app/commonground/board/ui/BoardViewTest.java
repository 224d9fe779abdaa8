package app.commonground.board.ui;


import app.commonground.CoupleBrowserlessTest;
import app.commonground.TestPeople;
import app.commonground.account.AccountService;
import app.commonground.base.live.LiveSpaces;
import app.commonground.base.live.SpaceModel;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemStatus;
import app.commonground.board.ItemView;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.runPending;
import static app.commonground.BrowserlessUsers.texts;
import static org.assertj.core.api.Assertions.assertThat;

class BoardViewTest extends CoupleBrowserlessTest {

    @Autowired
    BoardService board;
    @Autowired
    LiveSpaces live;
    @Autowired
    AccountService accounts;


    @Test
    void what_a_partner_is_typing_stays_as_typed_while_their_language_changes_and_the_other_partner_adds_a_goal() {
        alex.activate();
        alex.test(alex.find(Button.class).withAriaLabel("Add to Me").single()).click();
        ItemEditor editor = alex.find(ItemEditor.class).single();
        alex.test(editor.title).setValue("Segeln lernen, half typed");
        alex.test(editor.notes).setValue("Ein Kurs im Frühling");

        people.as(couple.first(), () -> accounts.chooseLanguage(Optional.of(Locale.GERMAN)));
        people.as(couple.second(), () -> board.add(couple.spaceId(), Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Paint the hallway")));

        eventually(alex, () -> assertThat(texts(alex, "cg-item-title")).contains("Paint the hallway"));
        eventually(alex, () -> assertThat(editor.title.getLabel()).isEqualTo("Titel"));
        assertThat(editor.notes.getLabel()).isEqualTo("Notizen");
        assertThat(editor.title.getValue()).isEqualTo("Segeln lernen, half typed");
        assertThat(editor.notes.getValue()).isEqualTo("Ein Kurs im Frühling");
        assertThat(editor.isOpened()).isTrue();
        sam.activate();
        assertThat(sam.find(Button.class).withAriaLabel("Add to Me").all()).isNotEmpty();
    }

    @Test
    void an_item_added_by_one_partner_appears_for_the_other_partner_and_the_counsellor() {
        alex.activate();
        alex.test(alex.find(Button.class).withAriaLabel("Add to Me").single()).click();
        ItemEditor editor = alex.find(ItemEditor.class).single();
        alex.test(editor.title).setValue("Run a half marathon");
        alex.test(editor.save).click();

        eventually(sam, () -> assertThat(texts(sam, "cg-item-title")).containsExactly("Run a half marathon"));
        eventually(rivera, () -> assertThat(texts(rivera, "cg-item-title")).containsExactly("Run a half marathon"));
        assertThat(texts(alex, "cg-item-title")).containsExactly("Run a half marathon");
    }

    @Test
    void the_counsellor_has_no_editing_controls_anywhere() {
        addAs(couple.first(), Placement.MINE, "Run a half marathon");
        addAs(couple.second(), Placement.SHARED, "Save for Japan");
        rivera.activate();
        rivera.roundTrip();
        eventually(rivera, () -> assertThat(texts(rivera, "cg-item-title")).hasSize(2));

        assertThat(rivera.find(Button.class).all()).extracting(Button::getText)
                .doesNotContain("Add", "Edit", "Settings")
                .contains("View");
        assertThat(rivera.find(Button.class).withAriaLabel("More actions").all()).noneMatch(Button::isVisible);
    }

    @Test
    void a_partner_can_only_view_the_other_partners_own_items() {
        addAs(couple.first(), Placement.MINE, "Run a half marathon");
        eventually(sam, () -> assertThat(texts(sam, "cg-item-title")).contains("Run a half marathon"));

        sam.test(buttonOnCard(sam, "Run a half marathon", "View")).click();

        ItemEditor editor = sam.find(ItemEditor.class).single();
        assertThat(editor.title.isReadOnly()).isTrue();
        assertThat(editor.save.isVisible()).isFalse();
    }

    @Test
    void an_editor_opened_and_closed_again_at_once_is_news_to_nobody() {
        addAs(couple.first(), Placement.SHARED, "Save for Japan");
        addAs(couple.first(), Placement.SHARED, "Learn Japanese");
        eventually(alex, () -> assertThat(texts(alex, "cg-item-title")).contains("Save for Japan", "Learn Japanese"));
        List<SpaceModel> models = new CopyOnWriteArrayList<>();
        LiveSpaces.Watch watching = live.watch(couple.spaceId(), models::add);
        try {
            alex.test(buttonOnCard(alex, "Save for Japan", "Edit")).click();
            alex.find(ItemEditor.class).single().close();
            // A second editor, left open: once the others see it, the first one's moment has long passed.
            alex.test(buttonOnCard(alex, "Learn Japanese", "Edit")).click();
            samSeesAlexEditing();

            assertThat(models).hasSize(1);
        } finally {
            watching.remove();
        }
    }

    @Test
    void a_save_that_closes_the_editor_reaches_the_other_screens_as_one_change() {
        addAs(couple.first(), Placement.SHARED, "Save for Japan");
        eventually(alex, () -> assertThat(texts(alex, "cg-item-title")).contains("Save for Japan"));
        alex.test(buttonOnCard(alex, "Save for Japan", "Edit")).click();
        samSeesAlexEditing();
        List<SpaceModel> models = new CopyOnWriteArrayList<>();
        LiveSpaces.Watch watching = live.watch(couple.spaceId(), models::add);
        try {
            alex.activate();
            ItemEditor editor = alex.find(ItemEditor.class).single();
            alex.test(editor.title).setValue("Save for Kyoto");
            alex.test(editor.save).click();

            eventually(sam, () -> {
                assertThat(texts(sam, "cg-item-title")).containsExactly("Save for Kyoto");
                assertThat(visibleTexts(sam, "cg-item-editing")).isEmpty();
            });
            assertThat(models).hasSize(1);
        } finally {
            watching.remove();
        }
    }

    @Test
    void the_other_partner_sees_who_is_editing_an_item_until_the_editor_closes() {
        addAs(couple.first(), Placement.SHARED, "Save for Japan");
        eventually(alex, () -> assertThat(texts(alex, "cg-item-title")).contains("Save for Japan"));

        alex.test(buttonOnCard(alex, "Save for Japan", "Edit")).click();
        samSeesAlexEditing();
        eventually(rivera, () -> assertThat(texts(rivera, "cg-item-editing")).containsExactly("Alex is editing…"));

        alex.activate();
        alex.find(ItemEditor.class).single().close();
        eventually(sam, () -> assertThat(visibleTexts(sam, "cg-item-editing")).isEmpty());
    }

    @Test
    void the_second_save_is_refused_shows_what_the_first_saved_and_keeps_the_second_persons_text() {
        addAs(couple.first(), Placement.SHARED, "Save for Japan");
        eventually(sam, () -> assertThat(texts(sam, "cg-item-title")).contains("Save for Japan"));
        alex.test(buttonOnCard(alex, "Save for Japan", "Edit")).click();
        ItemEditor alexEditor = alex.find(ItemEditor.class).single();
        sam.test(buttonOnCard(sam, "Save for Japan", "Edit")).click();
        ItemEditor samEditor = sam.find(ItemEditor.class).single();

        sam.test(samEditor.notes).setValue("Sam: 250 a month");
        sam.test(samEditor.save).click();
        alex.activate();
        alex.test(alexEditor.notes).setValue("Alex: 150 a month");
        alex.test(alexEditor.save).click();

        assertThat(alexEditor.isOpened()).isTrue();
        assertThat(alexEditor.conflict.isVisible()).isTrue();
        assertThat(alexEditor.conflict.getElement().getTextRecursively())
                .contains("Sam saved this while you were editing").contains("Sam: 250 a month");
        assertThat(alexEditor.notes.getValue()).isEqualTo("Alex: 150 a month");

        alex.test(alexEditor.save).click();
        assertThat(alexEditor.isOpened()).isFalse();
        assertThat(board.item(alexEditor.item().id()).notes()).isEqualTo("Alex: 150 a month");
    }

    @Test
    void marking_an_item_achieved_celebrates_it_on_every_open_screen() {
        var item = addAs(couple.first(), Placement.MINE, "Run a half marathon");

        people.as(couple.first(), () -> board.setStatus(item.id(), item.revision(), ItemStatus.ACHIEVED));

        eventually(sam, () -> assertThat(texts(sam, "cg-celebration-text"))
                .containsExactly("Alex achieved: Run a half marathon"));
        eventually(rivera, () -> assertThat(texts(rivera, "cg-celebration-text"))
                .containsExactly("Alex achieved: Run a half marathon"));
        eventually(alex, () -> assertThat(texts(alex, "cg-celebration-text"))
                .containsExactly("You achieved: Run a half marathon"));
        sam.activate();
        assertThat(sam.find(Div.class).withClassName("cg-item-achieved").single().getElement().getTextRecursively())
                .startsWith("Achieved ");
    }

    @Test
    void a_title_with_angle_brackets_is_kept_as_typed_and_shown_as_text_on_every_screen() {
        alex.activate();
        alex.test(alex.find(Button.class).withAriaLabel("Add to Us").single()).click();
        ItemEditor editor = alex.find(ItemEditor.class).single();
        alex.test(editor.title).setValue("Screens off when kids<bedtime <b>really</b>");
        alex.test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        eventually(sam, () -> assertThat(texts(sam, "cg-item-title"))
                .containsExactly("Screens off when kids<bedtime <b>really</b>"));
        Span title = sam.find(Span.class).withClassName("cg-item-title").single();
        assertThat(title.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat(title.getElement().getProperty("innerHTML")).isNull();
    }

    @Test
    void the_counsellor_is_told_what_is_in_an_empty_column_not_invited_to_fill_it() {
        assertThat(emptyColumns(alex)).contains("Goals and hobbies you share will live here.");
        assertThat(emptyColumns(rivera)).contains("No shared goals or hobbies yet.")
                .doesNotContain("Goals and hobbies you share will live here.",
                        "Your own goals and hobbies: add the first one.");
    }

    private static java.util.List<String> emptyColumns(com.vaadin.browserless.BrowserlessUIContext window) {
        window.activate();
        return window.find(com.vaadin.flow.component.html.Paragraph.class).withClassName("cg-column-empty").all()
                .stream().filter(com.vaadin.flow.component.Component::isVisible)
                .map(com.vaadin.flow.component.html.Paragraph::getText).toList();
    }

    @Test
    void a_title_with_a_control_character_is_refused_next_to_the_field_and_nothing_is_added() {
        alex.activate();
        alex.test(alex.find(Button.class).withAriaLabel("Add to Us").single()).click();
        ItemEditor editor = alex.find(ItemEditor.class).single();
        alex.test(editor.title).setValue("Ring the bell\u0007");
        alex.test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.title.getErrorMessage()).isEqualTo("This text holds invisible control characters: please type it again");
        assertThat(editor.title.getValue()).isEqualTo("Ring the bell\u0007");
        assertThat(texts(alex, "cg-item-title")).isEmpty();
    }

    @Test
    void an_item_title_is_always_rendered_as_text() {
        addAs(couple.first(), Placement.MINE, "Fish & chips < 10 pounds");

        eventually(sam, () -> assertThat(texts(sam, "cg-item-title")).containsExactly("Fish & chips < 10 pounds"));
        sam.activate();
        var title = sam.find(Span.class).withClassName("cg-item-title").single().getElement();
        assertThat(title.getChildCount()).isEqualTo(1);
        assertThat(title.getChild(0).isTextNode()).isTrue();
    }

    /** Waits until Sam's screen marks the item Alex has open (once it has been open a moment, on Alex's timer). */
    private void samSeesAlexEditing() {
        eventually(sam, () -> {
            runPending(alex);
            sam.activate();
            assertThat(texts(sam, "cg-item-editing")).containsExactly("Alex is editing…");
        });
    }

    private ItemView addAs(TestPeople.Person person, Placement placement, String title) {
        return people.as(person, () -> board.add(couple.spaceId(), placement, ItemDraft.idea(ItemKind.GOAL, title)));
    }

    private static Button buttonOnCard(BrowserlessUIContext window, String title, String text) {
        window.activate();
        ItemCard card = window.find(ItemCard.class)
                .withCondition(c -> title.equals(c.getElement().getAttribute("data-title"))).single();
        return window.find(Button.class, card).withText(text).single();
    }

    private static List<String> visibleTexts(BrowserlessUIContext window, String className) {
        window.activate();
        return window.find(Span.class).withClassName(className).all().stream()
                .filter(Span::isVisible).map(Span::getText).toList();
    }
}
