package app.commonground.values.ui;

import app.commonground.base.ui.Pieces;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.DateFields;
import app.commonground.base.ui.InPlace;
import app.commonground.values.CoreValues;
import app.commonground.values.SharedValueDraft;
import app.commonground.values.Values;
import app.commonground.values.ValuesService;
import app.commonground.values.ValuesViews.SharedValueView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A partner proposing a shared value, or a change to one: its name, what it means for the two of them, the shared
 * goals it shows in, when to look at it again and whether the counsellor may see it. Its parts sit in the shared
 * values card.
 */
class SharedValueForm {

    final ComboBox<String> name = new ComboBox<>("Value");
    final TextArea meaning = new TextArea("What it means for the two of us");
    final MultiSelectComboBox<UUID> goals = new MultiSelectComboBox<>("Shows in our shared goals (optional)");
    final DatePicker review = DateFields.create("values.review.label");
    final Checkbox shared = new Checkbox("Share with our counsellor");

    private final H4 heading = new H4();
    private final Button propose = new Button("Propose");
    private final Button cancel = new Button("Cancel");
    private final Div buttons = Pieces.row();
    private Map<UUID, String> goalTitles = Map.of();
    private UUID changing;
    private int changingRevision;

    /** @param cancelled after the person put a change away */
    SharedValueForm(ValuesService service, Steps steps, Runnable cancelled) {
        steps.afterRefusal(this::takeNewestRevision);
        name.setItems(CoreValues.CATALOGUE);
        name.setAllowCustomValue(true);
        name.addCustomValueSetListener(custom -> name.setValue(custom.getDetail()));
        name.setId("value-name");
        meaning.setId("value-meaning");
        CharacterLimit.on(meaning, 300);
        meaning.setWidthFull();
        goals.setWidthFull();
        propose.setId("value-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(click -> steps.run(() -> {
            SharedValueDraft draft = new SharedValueDraft(name.getValue(), meaning.getValue(),
                    List.copyOf(goals.getValue()), review.getValue(), shared.getValue());
            if (changing == null) {
                service.proposeValue(steps.spaceId(), draft);
            } else {
                service.changeValue(changing, changingRevision, draft);
            }
            clear();
        }, Map.of("name", name, "meaning", meaning, "goalIds", goals, "reviewDate", review)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> {
            clear();
            cancelled.run();
        });
    }

    /**
     * The form's parts as they are now.
     *
     * @param shownGoals the shared goals on the board the viewer sees, by id: what a value may show in
     */
    List<Component> parts(Map<UUID, String> shownGoals) {
        goalTitles = shownGoals;
        if (!Objects.equals(List.copyOf(shownGoals.keySet()), goals.getListDataView().getItems().toList())) {
            var chosen = goals.getValue();
            goals.setItems(List.copyOf(shownGoals.keySet()));
            goals.setValue(chosen.stream().filter(shownGoals::containsKey).toList());
        }
        goals.setItemLabelGenerator(id -> shownGoals.getOrDefault(id, ""));
        propose.setText(changing == null ? "Propose" : "Propose this change");
        InPlace.children(buttons, changing == null ? List.of(propose) : List.of(propose, cancel));
        heading.setText(changing == null ? "Propose a shared value" : "Change a shared value");
        return List.of(heading, name, meaning, goals, review, shared, buttons);
    }

    /** Puts a shared value in the form, to propose a change to it. */
    void change(SharedValueView value) {
        changing = value.id();
        changingRevision = value.revision();
        name.setValue(value.name());
        meaning.setValue(value.meaning());
        goals.setValue(value.goalIds().stream().filter(goalTitles::containsKey).toList());
        review.setValue(value.reviewDate());
        shared.setValue(value.sharedWithCounsellor() || value.sharingAsked());
    }

    private void takeNewestRevision(Values now) {
        if (changing != null && now.shared().containsKey(changing)) {
            changingRevision = now.shared().get(changing).contentRevision();
        }
    }

    private void clear() {
        changing = null;
        name.clear();
        meaning.clear();
        goals.clear();
        review.clear();
        shared.setValue(false);
    }
}
