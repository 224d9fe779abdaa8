package app.commonground.values.ui;

import app.commonground.base.ui.Pieces;
import app.commonground.base.ui.InPlace;
import app.commonground.values.BoundaryKind;
import app.commonground.values.Feeling;
import app.commonground.values.ValuesService;
import app.commonground.values.ValuesViews.MyDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static app.commonground.base.ui.Pieces.note;

/**
 * The viewer's own boundary drafts and self-check, which only they ever see. They are in no shared model: they are
 * read when the person opens this, and again after each of their steps here.
 */
class MyDraftsAndSelfCheck extends Details {

    private final ValuesService service;
    private final Steps steps;
    private final Consumer<MyDraft> change;
    private final Div content = new Div();

    /** @param change opens the editor on a draft */
    MyDraftsAndSelfCheck(ValuesService service, Steps steps, Consumer<MyDraft> change) {
        super("Only you: my drafts and self-check");
        this.service = service;
        this.steps = steps;
        this.change = change;
        setId("values-mine");
        add(content);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                read();
            }
        });
    }

    /** Reads the drafts and the self-check again if they are open: a step elsewhere may have changed them. */
    void readIfOpen() {
        if (isOpened()) {
            read();
        }
    }

    private void read() {
        List<Component> parts = new ArrayList<>();
        List<MyDraft> drafts = service.myDrafts(steps.spaceId());
        parts.add(new H4("My drafts"));
        if (drafts.isEmpty()) {
            parts.add(note("No drafts. “Save as a draft” keeps a boundary here until you are ready to share it."));
        }
        drafts.forEach(draft -> parts.add(line(draft)));
        parts.add(new H4("My self-check"));
        parts.add(note("How each kind of boundary feels to you right now. Only you see this."));
        parts.add(selfCheck());
        InPlace.children(content, parts);
    }

    private Div line(MyDraft draft) {
        Button share = new Button("Share with my partner",
                click -> runAndRead(() -> service.publishBoundary(draft.id())));
        share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button edit = new Button("Change", click -> change.accept(draft));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button("Delete", click -> runAndRead(() -> service.withdrawBoundary(draft.id())));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div line = new Div(new Span(ValuesText.kind(draft.kind()) + ": "), new Span(draft.text()),
                Pieces.row(share, edit, delete));
        line.addClassName("cg-values-draft");
        return line;
    }

    private void runAndRead(Runnable step) {
        steps.run(() -> {
            step.run();
            read();
        }, Map.of());
    }

    private Div selfCheck() {
        Map<BoundaryKind, Feeling> feelings = service.mySelfCheck(steps.spaceId()).feelings();
        Div grid = new Div();
        grid.addClassName("cg-values-selfcheck");
        for (BoundaryKind each : BoundaryKind.values()) {
            Select<Feeling> feeling = new Select<>();
            feeling.setLabel(ValuesText.kind(each));
            feeling.setItems(Feeling.values());
            feeling.setItemLabelGenerator(ValuesText::feeling);
            feeling.setPlaceholder("Not noted");
            feeling.setValue(feelings.get(each));
            feeling.addValueChangeListener(changed -> {
                if (changed.isFromClient() && changed.getValue() != null) {
                    steps.run(() -> service.selfCheck(steps.spaceId(), each, changed.getValue()), Map.of());
                }
            });
            grid.add(feeling);
        }
        return grid;
    }
}
