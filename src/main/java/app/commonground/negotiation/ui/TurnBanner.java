package app.commonground.negotiation.ui;

import app.commonground.base.ui.InPlace;
import app.commonground.negotiation.NegotiationStep;
import app.commonground.negotiation.NegotiationViews.Detail;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;

/** The top of a negotiation: its title and situation, its steps with the current one marked, and whose turn it is. */
class TurnBanner extends Composite<Div> {

    TurnBanner() {
        getContent().addClassName("cg-negotiation-header");
    }

    void show(Detail detail) {
        H2 title = new H2(detail.title());
        title.setId("negotiation-title");
        Div steps = new Div();
        steps.addClassName("cg-steps");
        for (NegotiationStep step : NegotiationStep.values()) {
            Span label = new Span(StepText.of(step));
            label.addClassName("cg-step");
            if (step == detail.step()) {
                label.addClassName("cg-step-current");
            } else if (step.ordinal() < detail.step().ordinal()) {
                label.addClassName("cg-step-done");
            }
            steps.add(label);
        }
        Paragraph turn = new Paragraph(TurnText.of(detail.turn()));
        turn.setId("negotiation-turn");
        turn.addClassName("cg-turn");
        List<Component> parts = new ArrayList<>(List.of(title));
        if (detail.situation() != null) {
            parts.add(new Paragraph(detail.situation()));
        }
        parts.addAll(List.of(steps, turn));
        InPlace.children(getContent(), parts);
    }
}
