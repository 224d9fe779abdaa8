package app.commonground.responsibility.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.BackGesture;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.FieldErrors;
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

/**
 * Proposes a responsibility, or a change to one: one editor per screen, built when first needed and refilled each
 * time. A change over someone else's newer change is refused and their version is shown above this person's
 * untouched text.
 */
class ResponsibilityEditor extends Dialog {

    /** An owner to choose: one partner, or both (no id). */
    record Owner(UUID id, String label) {
    }

    final TextField title = new TextField("What needs doing");
    final Select<Area> area = new Select<>();
    final RadioButtonGroup<Owner> owner = new RadioButtonGroup<>("Who owns it");
    final Select<Cadence> cadence = new Select<>();
    final TextArea doneMeans = new TextArea("Done means…");
    final IntegerField minutes = new IntegerField("Minutes per week");
    final TextArea notes = new TextArea("Notes (optional)");
    final Button save = new Button("Propose");
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
        area.setLabel("Area");
        area.setItems(Area.values());
        area.setItemLabelGenerator(Area::label);
        owner.setItemLabelGenerator(Owner::label);
        cadence.setLabel("How often");
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(Cadence::label);
        doneMeans.setId("responsibility-done-means");
        CharacterLimit.on(doneMeans, 500);
        doneMeans.setHelperText("The minimum standard you both accept");
        minutes.setId("responsibility-minutes");
        minutes.setMin(0);
        minutes.setMax(10_080);
        minutes.setStep(5);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText("Your honest estimate, from 0 to 10,080 (a whole week)");
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

        Button cancel = new Button("Cancel", click -> close());
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
            setHeaderTitle("Propose a responsibility");
            fill(new ResponsibilityDraft("", Area.HOUSEHOLD, owners.getFirst().id(), Cadence.WEEKLY, "", null, ""));
            save.setText("Propose");
        } else {
            setHeaderTitle("Propose a change");
            fill(changing.draft());
            save.setText("Propose this change");
        }
        FieldErrors.clear(fields);
        open();
    }

    private static List<Owner> owners(SpaceDetails space) {
        List<Owner> choices = new ArrayList<>();
        space.partners().stream().sorted((a, b) -> Boolean.compare(b.isViewer(), a.isViewer()))
                .forEach((Member p) -> choices.add(new Owner(p.accountId(), p.isViewer() ? p.name() + " (me)" : p.name())));
        choices.add(new Owner(null, "Both of us"));
        return choices;
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
            minutes.setErrorMessage("Please enter a whole number of minutes");
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
            conflict.add(new H3(current.proposedByName() + " changed this while you were editing"),
                    new Paragraph("Nothing was overwritten. Their version: " + current.ownerName() + ", "
                            + current.cadence().label().toLowerCase() + ", " + Dates.minutes(current.minutesPerWeek())
                            + " a week; done means “" + current.doneMeans() + "”. Your text is still below; "
                            + "propose it again if you still want it."));
            conflict.setVisible(true);
        }
    }
}
