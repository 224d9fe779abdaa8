package app.commonground.checkin.ui;

import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.Texts;
import app.commonground.checkin.CheckinViews.CheckinView;
import app.commonground.checkin.CheckinViews.Revealed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static app.commonground.checkin.ui.Blocks.note;

/**
 * The week's plan, for the partners: one good time together and each partner's own time, the viewer's to write
 * while the check-in is open, and what was planned once it is done.
 */
class WeekPlan extends Composite<Div> {

    /** Built when first shown: a check-in that is done before its plan is shown never needs it. */
    PlanForm form;

    private final Supplier<PlanForm> newForm;
    private final H4 title = Texts.text(new H4(), "checkin.plan.title");

    WeekPlan(Supplier<PlanForm> newForm) {
        this.newForm = newForm;
        getContent().addClassName("cg-checkin-plan");
    }

    WeekPlan show(CheckinView checkin) {
        List<Component> parts = new ArrayList<>(List.of(title));
        if (checkin.done()) {
            parts.add(checkin.togetherPlan() == null ? note("checkin.plan.together.none")
                    : note("checkin.plan.together.done", checkin.togetherPlan()));
            if (form != null) {
                parts.addAll(form.unsaved(checkin));
            }
        } else {
            if (form == null) {
                form = newForm.get();
            }
            if (checkin.togetherPlan() != null) {
                parts.add(note("checkin.plan.together.planned", checkin.togetherPlan()));
            }
            parts.addAll(form.together(checkin.togetherPlan()));
        }
        for (Revealed answers : checkin.answers()) {
            if (answers.you() && !checkin.done()) {
                parts.addAll(form.own(answers.ownPlan()));
            } else if (answers.ownPlan() != null) {
                parts.add(note("checkin.plan.own.planned", answers.name(), answers.you() ? "you" : "other",
                        answers.ownPlan()));
            }
        }
        InPlace.children(getContent(), parts);
        return this;
    }

    /** The fields a refusal of a plan may name. */
    Map<String, HasValidation> fields() {
        return form == null ? Map.of() : form.fields();
    }
}
