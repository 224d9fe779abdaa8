package app.commonground.values.ui;

import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.Texts;
import app.commonground.values.ValuesService;
import app.commonground.values.ValuesViews.SharedValueView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.commonground.values.ui.ValuesParts.note;

/**
 * The values the couple chose to live by together, proposed or agreed, and for a partner the form to propose one
 * or a change (made when first shown to a partner).
 */
class SharedValuesCard extends Div implements SharedValueCard.Actions {

    /** Null until the card is first shown to a partner. */
    SharedValueForm form;

    private final ValuesService service;
    private final Steps steps;
    private List<SharedValueView> values;
    private Map<UUID, String> goals;
    private boolean partner;

    SharedValuesCard(ValuesService service, Steps steps) {
        this.service = service;
        this.steps = steps;
        addClassNames("cg-panel", "cg-values-card");
        setId("values-shared");
    }

    /** @param shownGoals the shared goals on the board the viewer sees, by id: what a value may show in */
    void show(List<SharedValueView> shown, Map<UUID, String> shownGoals, boolean viewerIsPartner) {
        values = shown;
        goals = shownGoals;
        partner = viewerIsPartner;
        List<Component> parts = new ArrayList<>(List.of(viewerIsPartner
                ? Texts.text(new H3(), "values.shared.title.partner")
                : Texts.text(new H3(), "values.shared.title.counsellor"), viewerIsPartner
                ? note("values.shared.about.partner")
                : shown.isEmpty() ? note("values.shared.none.counsellor") : note("values.shared.about.counsellor")));
        shown.forEach(value -> parts.add(new SharedValueCard(value, steps.spaceId(), shownGoals, viewerIsPartner,
                this)));
        if (viewerIsPartner) {
            parts.addAll(form().parts(shownGoals));
        }
        InPlace.children(this, parts);
    }

    @Override
    public void accept(SharedValueView value) {
        steps.run(() -> service.acceptValue(value.id(), value.revision()), Map.of());
    }

    @Override
    public void change(SharedValueView value) {
        form.change(value);
        showAgain();
    }

    private void showAgain() {
        show(values, goals, partner);
    }

    private SharedValueForm form() {
        if (form == null) {
            form = new SharedValueForm(service, steps, this::showAgain);
        }
        return form;
    }
}
