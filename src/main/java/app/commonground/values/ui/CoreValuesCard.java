package app.commonground.values.ui;

import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.Texts;
import app.commonground.values.ValuesService;
import app.commonground.values.ValuesViews.MyPick;
import app.commonground.values.ValuesViews.PickSide;
import app.commonground.values.ValuesViews.ValuesReveal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static app.commonground.base.ui.Texts.t;
import static app.commonground.values.ui.ValuesParts.note;

/**
 * Core values: before the reveal, who is ready and, for a partner, their own private choice (read when they open
 * it); once both are ready, both lists side by side.
 */
class CoreValuesCard extends Div {

    /** Null until the person first opens their own choice on this screen. */
    ValuePicks picks;

    private final ValuesService service;
    private final Steps steps;
    private final Button choose = Texts.text(new Button(), "values.core.choose");
    private final Button takeBack = Texts.text(new Button(), "values.core.takeBack");
    /** The viewer's own pick, read when they open it: nobody else sees it before the reveal. */
    private MyPick myPick;

    CoreValuesCard(ValuesService service, Steps steps) {
        this.service = service;
        this.steps = steps;
        choose.setId("values-choose");
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        choose.addClickListener(click -> steps.run(() -> {
            myPick = service.myPick(steps.spaceId());
            picks().fill(myPick);
        }, Map.of()));
        takeBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        takeBack.addClickListener(click -> steps.run(() -> myPick = service.valuesReady(steps.spaceId(), false),
                Map.of()));
        addClassNames("cg-panel", "cg-values-card");
        setId("values-core");
    }

    void show(ValuesReveal values, boolean viewerIsPartner) {
        List<Component> parts = new ArrayList<>(List.of(Texts.text(new H3(), "values.core.title")));
        if (values.revealed()) {
            parts.addAll(RevealedValues.parts(values));
        } else {
            parts.add(viewerIsPartner ? note("values.core.about.partner") : note("values.core.about.counsellor"));
            Paragraph state = Texts.text(new Paragraph(), () -> String.join(" · ", values.sides().stream()
                    .map(side -> side.ready() ? t("values.core.side.ready", side.name(), side.you() ? "you" : "other")
                            : t("values.core.side.choosing", side.name(), side.you() ? "you" : "other")).toList()));
            state.setId("values-state");
            state.addClassName("cg-turn");
            parts.add(state);
            if (values.sides().stream().anyMatch(PickSide::you)) {
                parts.addAll(mine());
            }
        }
        InPlace.children(this, parts);
    }

    private List<Component> mine() {
        if (myPick == null) {
            return List.of(choose);
        }
        if (myPick.ready()) {
            List<String> mine = myPick.values();
            return List.of(note(() -> t("values.core.mine.ready", String.join(", ", mine.stream()
                    .map(ValuesText::value).toList()))), takeBack);
        }
        return picks().parts();
    }

    private ValuePicks picks() {
        if (picks == null) {
            picks = new ValuePicks(service, steps, saved -> myPick = saved);
        }
        return picks;
    }
}
