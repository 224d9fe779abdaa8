package app.commonground.values.ui;

import app.commonground.base.ui.Pieces;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.DateFields;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.Texts;
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

import static app.commonground.base.ui.Texts.t;

/**
 * A partner proposing a shared value, or a change to one: its name, what it means for the two of them, the shared
 * goals it shows in, when to look at it again and whether the counsellor may see it. Its parts sit in the shared
 * values card.
 */
class SharedValueForm {

    final ComboBox<String> name = Texts.label(new ComboBox<>(), "values.form.name");
    final TextArea meaning = Texts.label(new TextArea(), "values.form.meaning");
    final MultiSelectComboBox<UUID> goals = Texts.label(new MultiSelectComboBox<>(), "values.form.goals");
    final DatePicker review = DateFields.create("values.review.label");
    final Checkbox shared = Texts.label(new Checkbox(), "values.form.shared");

    private final H4 heading = new H4();
    private final Button propose = new Button();
    private final Button cancel = Texts.text(new Button(), "values.form.cancel");
    private final Div buttons = Pieces.row();
    private Map<UUID, String> goalTitles = Map.of();
    private UUID changing;
    private int changingRevision;

    /** @param cancelled after the person put a change away */
    SharedValueForm(ValuesService service, Steps steps, Runnable cancelled) {
        steps.afterRefusal(this::takeNewestRevision);
        ValuesParts.catalogue(name);
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
        boolean proposing = changing == null;
        Texts.text(propose, () -> proposing ? t("values.form.propose") : t("values.form.proposeChange"));
        InPlace.children(buttons, proposing ? List.of(propose) : List.of(propose, cancel));
        Texts.text(heading, () -> proposing ? t("values.form.title.new") : t("values.form.title.change"));
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
