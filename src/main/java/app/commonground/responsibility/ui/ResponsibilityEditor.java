package app.commonground.responsibility.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.BackGesture;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.Texts;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityConflictException;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.responsibility.ResponsibilityView;
import app.commonground.space.Member;
import app.commonground.space.SpaceDetails;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static app.commonground.base.ui.Texts.t;

/**
 * Proposes a responsibility, or a change to one: one editor per screen, built when first needed and refilled each
 * time. A change over someone else's newer change is refused and their version is shown above this person's
 * untouched text.
 */
class ResponsibilityEditor extends Dialog {

    /** An owner to choose: one partner (the viewer: {@code me}), or both (no id). */
    record Owner(UUID id, String name, boolean me) {
    }

    final TextField title = Texts.label(new TextField(), "responsibility.editor.title");
    final Select<Area> area = Texts.label(new Select<>(), "responsibility.editor.area");
    final RadioButtonGroup<Owner> owner = Texts.label(new RadioButtonGroup<>(), "responsibility.editor.owner");
    final Select<Cadence> cadence = Texts.label(new Select<>(), "responsibility.editor.cadence");
    final TextArea doneMeans = Texts.label(new TextArea(), "responsibility.editor.doneMeans");
    final IntegerField minutes = Texts.label(new IntegerField(), "responsibility.editor.minutes");
    final TextArea notes = Texts.label(new TextArea(), "responsibility.editor.notes");
    final Button save = new Button();
    final Div conflict = new Div();

    private final ResponsibilityService service;
    private final Map<String, HasValidation> fields;
    private UUID spaceId;
    private List<Owner> owners = List.of();
    private ResponsibilityView current;

    ResponsibilityEditor(ResponsibilityService service) {
        this.service = service;
        setWidth("min(36rem, 100vw)");
        BackGesture.closes(this);
        setCloseOnOutsideClick(false);
        addClassName("cg-editor");

        title.setId("responsibility-title");
        CharacterLimit.on(title, 120);
        title.setRequiredIndicatorVisible(true);
        area.setItems(Area.values());
        Texts.bind(area, "items", () -> "", unused -> area.setItemLabelGenerator(ResponsibilityTexts::area));
        Texts.bind(owner, "items", () -> "", unused -> owner.setItemLabelGenerator(ResponsibilityEditor::ownerLabel));
        cadence.setItems(Cadence.values());
        Texts.bind(cadence, "items", () -> "", unused -> cadence.setItemLabelGenerator(ResponsibilityTexts::cadence));
        doneMeans.setId("responsibility-done-means");
        CharacterLimit.on(doneMeans, 500);
        Texts.helper(doneMeans, "responsibility.editor.doneMeans.helper");
        minutes.setId("responsibility-minutes");
        minutes.setMin(0);
        minutes.setMax(10_080);
        minutes.setStep(5);
        minutes.setStepButtonsVisible(true);
        Texts.helper(minutes, "responsibility.editor.minutes.helper");
        CharacterLimit.on(notes, 1000);
        save.setId("responsibility-save");
        conflict.addClassName("cg-conflict");
        fields = Map.of("title", title, "area", area, "ownerId", owner, "cadence", cadence, "doneMeans", doneMeans,
                "minutesPerWeek", minutes, "notes", notes);

        VerticalLayout form = new VerticalLayout(conflict, title, area, owner, cadence, doneMeans, minutes, notes);
        form.setPadding(false);
        form.setSpacing(false);
        form.getChildren().filter(c -> c != conflict && c != owner)
                .forEach(c -> c.getElement().getStyle().set("width", "100%"));
        add(form);

        Button cancel = Texts.text(new Button("", click -> close()), "responsibility.editor.cancel");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(cancel, save);
    }

    /** Opens the editor on a new responsibility ({@code changing} none) or on a change to one. */
    void open(SpaceDetails space, ResponsibilityView changing) {
        spaceId = space.id();
        current = changing;
        owners = owners(space);
        owner.setItems(owners);
        conflict.removeAll();
        conflict.setVisible(false);
        if (changing == null) {
            Texts.bind(this, "header", () -> t("responsibility.editor.new"), this::setHeaderTitle);
            fill(new ResponsibilityDraft("", Area.HOUSEHOLD, owners.getFirst().id(), Cadence.WEEKLY, "", null, ""));
            Texts.text(save, "responsibility.editor.propose");
        } else {
            Texts.bind(this, "header", () -> t("responsibility.editor.changing"), this::setHeaderTitle);
            fill(changing.draft());
            Texts.text(save, "responsibility.editor.proposeChange");
        }
        FieldErrors.clear(fields);
        open();
    }

    private static List<Owner> owners(SpaceDetails space) {
        List<Owner> choices = new ArrayList<>();
        space.partners().stream().sorted((a, b) -> Boolean.compare(b.isViewer(), a.isViewer()))
                .forEach((Member p) -> choices.add(new Owner(p.accountId(), p.name(), p.isViewer())));
        choices.add(new Owner(null, null, false));
        return choices;
    }

    /** "Sam (me)", "Alex", "Both of us". */
    private static String ownerLabel(Owner choice) {
        if (choice.id() == null) {
            return t("responsibility.editor.owner.both");
        }
        return choice.me() ? t("responsibility.editor.owner.me", choice.name()) : choice.name();
    }

    private void fill(ResponsibilityDraft draft) {
        title.setValue(draft.title());
        area.setValue(draft.area());
        owner.setValue(owners.stream().filter(o -> Objects.equals(o.id(), draft.ownerId())).findFirst()
                .orElse(owners.getLast()));
        cadence.setValue(draft.cadence());
        doneMeans.setValue(draft.doneMeans());
        minutes.setValue(draft.minutesPerWeek());
        notes.setValue(draft.notes() == null ? "" : draft.notes());
    }

    private ResponsibilityDraft draft() {
        return new ResponsibilityDraft(title.getValue(), area.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(), cadence.getValue(), doneMeans.getValue(),
                minutes.getValue(), notes.getValue());
    }

    private void save() {
        FieldErrors.clear(fields);
        if (minutes.isInvalid() || (minutes.getValue() == null && !minutes.isEmpty())) {
            minutes.setErrorMessage(t("responsibility.editor.minutes.notANumber"));
            minutes.setInvalid(true);
            return;
        }
        try {
            if (current == null) {
                service.propose(spaceId, draft());
            } else {
                service.change(current.id(), current.revision(), draft());
            }
            close();
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, fields);
        } catch (ResponsibilityConflictException changedFirst) {
            current = changedFirst.current();
            conflict.removeAll();
            ResponsibilityView theirs = current;
            conflict.add(Texts.text(new H3(), () -> t("responsibility.editor.conflict.title",
                            ResponsibilityTexts.name(theirs.proposedByName()))),
                    Texts.text(new Paragraph(), () -> t("responsibility.editor.conflict.about",
                            theirs.shared() ? t("responsibility.owner.bothInSentence") : ResponsibilityTexts.name(theirs.ownerName()),
                            ResponsibilityTexts.cadence(theirs.cadence()).toLowerCase(Dates.locale()),
                            Dates.minutes(theirs.minutesPerWeek()), theirs.doneMeans())));
            conflict.setVisible(true);
        }
    }
}
