package app.commonground.values.ui;

import app.commonground.base.ui.Pieces;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.Texts;
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

import static app.commonground.base.ui.Texts.t;
import static app.commonground.values.ui.ValuesParts.note;

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
        Texts.bind(this, "summary", () -> t("values.mine.title"), this::setSummaryText);
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
        parts.add(Texts.text(new H4(), "values.mine.drafts"));
        if (drafts.isEmpty()) {
            parts.add(note("values.mine.noDrafts"));
        }
        drafts.forEach(draft -> parts.add(line(draft)));
        parts.add(Texts.text(new H4(), "values.mine.selfCheck"));
        parts.add(note("values.mine.selfCheck.about"));
        parts.add(selfCheck());
        InPlace.children(content, parts);
    }

    private Div line(MyDraft draft) {
        Button share = Texts.text(new Button("", click -> runAndRead(() -> service.publishBoundary(draft.id()))),
                "values.mine.share");
        share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button edit = Texts.text(new Button("", click -> change.accept(draft)), "values.mine.change");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delete = Texts.text(new Button("", click -> runAndRead(() -> service.withdrawBoundary(draft.id()))),
                "values.mine.delete");
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Span kind = Texts.text(new Span(), () -> t("values.mine.draftKind", ValuesText.kind(draft.kind())));
        Div line = new Div(kind, new Span(draft.text()), Pieces.row(share, edit, delete));
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
            Texts.bind(feeling, "label", () -> ValuesText.kind(each), feeling::setLabel);
            feeling.setItems(Feeling.values());
            Texts.bind(feeling, "items", () -> "", unused -> feeling.setItemLabelGenerator(ValuesText::feeling));
            Texts.placeholder(feeling, "values.mine.notNoted");
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
