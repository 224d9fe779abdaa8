package app.commonground.values.ui;

import app.commonground.base.ui.Pieces;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.DateFields;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.Texts;
import app.commonground.values.BoundaryDraft;
import app.commonground.values.BoundaryKind;
import app.commonground.values.Values;
import app.commonground.values.ValuesService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.commonground.base.ui.Texts.t;

/**
 * The viewer's own boundary being written or changed: what it protects, its words, whether the counsellor may see
 * it and when to look at it again. A new one is kept as a draft or shared with the partner; a change is saved.
 */
class BoundaryEditor extends Div {

    final Select<BoundaryKind> kind = new Select<>();
    final TextArea text = Texts.label(new TextArea(), "values.editor.text");
    final Checkbox shared = Texts.label(new Checkbox(), "values.editor.shared");
    final DatePicker review = DateFields.create("values.review.label");

    private final ValuesService service;
    private final Steps steps;
    private final Runnable saved;
    private final Button saveDraft = Texts.text(new Button(), "values.editor.saveDraft");
    private final Button publish = new Button();
    private final Button cancel = Texts.text(new Button(), "values.editor.cancel");
    private final Div buttons = Pieces.row();
    private boolean open;
    private UUID editingId;
    private int editingRevision;

    /**
     * @param saved     after a save, once the editor is put away
     * @param cancelled after the person put the editor away without saving
     */
    BoundaryEditor(ValuesService service, Steps steps, Runnable saved, Runnable cancelled) {
        this.service = service;
        this.steps = steps;
        this.saved = saved;
        steps.afterRefusal(this::takeNewestRevision);
        Texts.label(kind, "values.editor.kind");
        kind.setItems(BoundaryKind.values());
        Texts.bind(kind, "items", () -> "", unused -> kind.setItemLabelGenerator(ValuesText::kind));
        kind.setId("boundary-kind");
        text.setId("boundary-text");
        CharacterLimit.on(text, 500);
        text.setWidthFull();
        Texts.placeholder(text, "values.editor.text.placeholder");
        Texts.helper(text, "values.editor.text.helper");
        Button shape = Texts.text(new Button("", click -> {
            if (text.isEmpty()) {
                text.setValue(t("values.editor.shape.words"));
            }
            text.focus();
        }), "values.editor.shape");
        shape.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        saveDraft.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        saveDraft.addClickListener(click -> save(false));
        publish.setId("boundary-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> save(true));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> {
            open = false;
            cancelled.run();
        });
        addClassName("cg-values-editor");
        add(kind, text, shape, shared, review, buttons);
    }

    boolean isOpen() {
        return open;
    }

    /** Opens the editor on a new boundary ({@code id} null) or on one of the viewer's own. */
    void open(UUID id, int revision, BoundaryDraft draft) {
        open = true;
        editingId = id;
        editingRevision = revision;
        kind.setValue(draft.kind());
        text.setValue(draft.text());
        shared.setValue(draft.sharedWithCounsellor());
        review.setValue(draft.reviewDate());
        InPlace.children(buttons, id == null ? List.of(saveDraft, publish, cancel) : List.of(publish, cancel));
        Texts.text(publish, () -> id == null ? t("values.editor.publish") : t("values.editor.save"));
    }

    private void takeNewestRevision(Values now) {
        if (editingId != null && now.boundaries().containsKey(editingId)) {
            editingRevision = now.boundaries().get(editingId).contentRevision();
        }
    }

    private void save(boolean share) {
        steps.run(() -> {
            BoundaryDraft draft = new BoundaryDraft(kind.getValue(), text.getValue(), shared.getValue(),
                    review.getValue());
            if (editingId == null) {
                service.writeBoundary(steps.spaceId(), draft, share);
            } else {
                service.changeBoundary(editingId, editingRevision, draft);
            }
            open = false;
            saved.run();
        }, Map.of("kind", kind, "text", text, "reviewDate", review));
    }
}
