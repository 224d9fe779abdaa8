package app.commonground.board.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.DateFields;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.Texts;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.EditConflictException;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemStatus;
import app.commonground.board.ItemView;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The editor of goals and hobbies, new or existing: one per screen, built when first needed and refilled for each
 * item, so opening it again changes only its values. When someone else saved the item first, the save is refused
 * and the editor shows what they saved above the person's own, untouched text.
 */
class ItemEditor extends Dialog {

    final RadioButtonGroup<ItemKind> kind = Texts.label(new RadioButtonGroup<>(), "board.editor.kind");
    final TextField title = Texts.label(new TextField(), "board.editor.title");
    final TextArea notes = Texts.label(new TextArea(), "board.editor.notes");
    final Select<ItemStatus> status = new Select<>();
    final DatePicker targetDate = DateFields.create("board.editor.targetDate");
    final TextArea support = Texts.label(new TextArea(), "board.editor.support");
    final Button save = new Button();
    final Checkbox hidden = Texts.label(new Checkbox(), "board.editor.hidden");
    final Div conflict = new Div();

    private final BoardService board;
    private final LiveScreen screen;
    private final Map<String, HasValidation> fields;
    private UUID spaceId;
    private Placement placement;
    private ItemView item;

    ItemEditor(BoardService board, LiveScreen screen) {
        this.board = board;
        this.screen = screen;
        addClassName("cg-editor");
        setWidth("min(36rem, 100vw)");
        setCloseOnOutsideClick(false);

        kind.setItems(ItemKind.GOAL, ItemKind.HOBBY);
        Texts.bind(kind, "items", () -> "", unused -> kind.setItemLabelGenerator(
                k -> Texts.t(k == ItemKind.GOAL ? "board.kind.goal" : "board.kind.hobby")));
        CharacterLimit.on(title, 120);
        title.setRequiredIndicatorVisible(true);
        CharacterLimit.on(notes, 2000);
        Texts.placeholder(notes, "board.editor.notes.placeholder");
        Texts.label(status, "board.editor.status");
        status.setItems(ItemStatus.values());
        Texts.bind(status, "items", () -> "", unused -> status.setItemLabelGenerator(ItemTexts::status));
        CharacterLimit.on(support, 1000);
        Texts.placeholder(support, "board.editor.support.placeholder");
        title.setId("item-title");
        notes.setId("item-notes");
        support.setId("item-support");
        targetDate.setId("item-target-date");
        save.setId("item-save");
        conflict.addClassName("cg-conflict");
        Texts.helper(hidden, "board.editor.hidden.helper");
        fields = Map.of("kind", kind, "title", title, "notes", notes, "status", status, "targetDate", targetDate,
                "support", support);

        VerticalLayout form = new VerticalLayout(conflict, kind, title, status, targetDate, notes, support, hidden);
        form.setPadding(false);
        form.setSpacing(false);
        form.getChildren().filter(c -> c != conflict && c != kind && c != hidden)
                .forEach(c -> c.getElement().getStyle().set("width", "100%"));
        add(form);

        Button cancel = Texts.text(new Button("", click -> close()), "board.editor.cancel");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(cancel, save);
    }

    /** Opens the editor empty, for a new item in the given column. */
    void openNew(UUID spaceId, Placement placement, String columnLabel) {
        this.spaceId = spaceId;
        this.placement = placement;
        this.item = null;
        Texts.bind(this, "header", () -> Texts.t("board.editor.new", columnLabel), this::setHeaderTitle);
        start(ItemDraft.idea(ItemKind.GOAL, ""), true, "board.editor.add");
        hidden.setValue(false);
        hidden.setVisible(placement == Placement.MINE);
        open();
    }

    /** Opens the editor on an existing item: editable if the viewer may change it, read-only otherwise. */
    void openItem(ItemView shown) {
        this.spaceId = null;
        this.placement = null;
        this.item = shown;
        Texts.bind(this, "header", shown::title, this::setHeaderTitle);
        start(shown.draft(), shown.changeable(), "board.editor.save");
        hidden.setVisible(false);
        open();
    }

    ItemView item() {
        return item;
    }

    private void fill(ItemDraft draft) {
        kind.setValue(draft.kind());
        title.setValue(draft.title() == null ? "" : draft.title());
        notes.setValue(draft.notes() == null ? "" : draft.notes());
        status.setValue(draft.status());
        targetDate.setValue(draft.targetDate());
        support.setValue(draft.support() == null ? "" : draft.support());
    }

    private ItemDraft draft() {
        return new ItemDraft(kind.getValue(), title.getValue(), notes.getValue(), status.getValue(),
                targetDate.getValue(), support.getValue());
    }

    /** What the editor shows when it opens: this draft, nothing of the last item, no message left over. */
    private void start(ItemDraft draft, boolean editable, String saveKey) {
        conflict.removeAll();
        conflict.setVisible(false);
        fill(draft);
        FieldErrors.clear(fields);
        Stream.<HasValue<?, ?>>of(kind, title, notes, status, targetDate, support)
                .forEach(field -> field.setReadOnly(!editable));
        save.setVisible(editable);
        Texts.text(save, saveKey);
    }

    private void save() {
        FieldErrors.clear(fields);
        if (DateFields.unreadable(targetDate)) {
            return;
        }
        try {
            screen.together(() -> {
                if (item == null) {
                    board.add(spaceId, placement, draft(), hidden.getValue());
                } else {
                    board.update(item.id(), item.revision(), draft());
                }
                close();
            });
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, fields);
        } catch (EditConflictException someoneElseFirst) {
            showConflict(someoneElseFirst.current());
        }
    }

    /** Shows the other person's version and lets the next save go over it; the form keeps this person's text. */
    private void showConflict(ItemView theirs) {
        item = theirs;
        conflict.removeAll();
        conflict.add(Texts.text(new H3(), "board.editor.conflict.title", theirs.updatedByName()),
                Texts.text(new Paragraph(), "board.editor.conflict.about"));
        Div version = new Div();
        version.addClassName("cg-conflict-theirs");
        version.add(line("board.editor.conflict.title.label", theirs.title()),
                line("board.editor.conflict.status", ItemTexts.status(theirs.status())),
                line("board.editor.conflict.targetDate", theirs.targetDate() == null ? null
                        : Dates.day(theirs.targetDate())),
                line("board.editor.conflict.notes", theirs.notes()),
                line("board.editor.conflict.support", theirs.support()));
        conflict.add(version);
        conflict.setVisible(true);
        Texts.text(save, "board.editor.saveMine");
    }

    private static Div line(String label, String value) {
        Span name = Texts.text(new Span(), label);
        name.addClassName("cg-conflict-label");
        Div line = new Div(name, new Span(value == null || value.isBlank() ? "—" : value));
        line.addClassName("cg-conflict-line");
        return line;
    }
}
