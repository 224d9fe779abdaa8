package app.commonground.board.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.DateFields;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.LiveScreen;
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

    final RadioButtonGroup<ItemKind> kind = new RadioButtonGroup<>("Kind");
    final TextField title = new TextField("Title");
    final TextArea notes = new TextArea("Notes");
    final Select<ItemStatus> status = new Select<>();
    final DatePicker targetDate = DateFields.create("Target date (optional)");
    final TextArea support = new TextArea("How you can support me");
    final Button save = new Button("Save");
    final Checkbox hidden = new Checkbox("Hide from our counsellor");
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
        kind.setItemLabelGenerator(k -> k == ItemKind.GOAL ? "Goal" : "Hobby");
        CharacterLimit.on(title, 120);
        title.setRequiredIndicatorVisible(true);
        CharacterLimit.on(notes, 2000);
        notes.setPlaceholder("What it means to you, first steps, anything worth remembering");
        status.setLabel("Status");
        status.setItems(ItemStatus.values());
        status.setItemLabelGenerator(ItemStatus::label);
        CharacterLimit.on(support, 1000);
        support.setPlaceholder("For example: ask me how training went on Sundays");
        title.setId("item-title");
        notes.setId("item-notes");
        support.setId("item-support");
        targetDate.setId("item-target-date");
        save.setId("item-save");
        conflict.addClassName("cg-conflict");
        hidden.setHelperText("Only the two of you will see it");
        fields = Map.of("kind", kind, "title", title, "notes", notes, "status", status, "targetDate", targetDate,
                "support", support);

        VerticalLayout form = new VerticalLayout(conflict, kind, title, status, targetDate, notes, support, hidden);
        form.setPadding(false);
        form.setSpacing(false);
        form.getChildren().filter(c -> c != conflict && c != kind && c != hidden)
                .forEach(c -> c.getElement().getStyle().set("width", "100%"));
        add(form);

        Button cancel = new Button("Cancel", click -> close());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(cancel, save);
    }

    /** Opens the editor empty, for a new item in the given column. */
    void openNew(UUID spaceId, Placement placement, String columnLabel) {
        this.spaceId = spaceId;
        this.placement = placement;
        this.item = null;
        setHeaderTitle("New in “" + columnLabel + "”");
        start(ItemDraft.idea(ItemKind.GOAL, ""), true, "Add");
        hidden.setValue(false);
        hidden.setVisible(placement == Placement.MINE);
        open();
    }

    /** Opens the editor on an existing item: editable if the viewer may change it, read-only otherwise. */
    void openItem(ItemView shown) {
        this.spaceId = null;
        this.placement = null;
        this.item = shown;
        setHeaderTitle(shown.title());
        start(shown.draft(), shown.changeable(), "Save");
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
    private void start(ItemDraft draft, boolean editable, String saveText) {
        conflict.removeAll();
        conflict.setVisible(false);
        fill(draft);
        FieldErrors.clear(fields);
        Stream.<HasValue<?, ?>>of(kind, title, notes, status, targetDate, support)
                .forEach(field -> field.setReadOnly(!editable));
        save.setVisible(editable);
        save.setText(saveText);
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
        conflict.add(new H3(theirs.updatedByName() + " saved this while you were editing"),
                new Paragraph("Nothing was overwritten. Here is what they saved; your text is still in the form "
                        + "below. Keep what you want from theirs, then save again."));
        Div version = new Div();
        version.addClassName("cg-conflict-theirs");
        version.add(line("Title", theirs.title()), line("Status", theirs.status().label()),
                line("Target date", theirs.targetDate() == null ? null
                        : Dates.day(theirs.targetDate())),
                line("Notes", theirs.notes()), line("How you can support me", theirs.support()));
        conflict.add(version);
        conflict.setVisible(true);
        save.setText("Save my version");
    }

    private static Div line(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("cg-conflict-label");
        Div line = new Div(name, new Span(value == null || value.isBlank() ? "—" : value));
        line.addClassName("cg-conflict-line");
        return line;
    }
}
