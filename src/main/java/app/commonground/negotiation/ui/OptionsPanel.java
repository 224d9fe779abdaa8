package app.commonground.negotiation.ui;

import app.commonground.base.ui.InPlace;
import app.commonground.negotiation.NegotiationStep;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NegotiationViews.Option;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.commonground.base.ui.Pieces.note;

import static app.commonground.base.ui.Texts.t;

/**
 * The options and their ratings. While the partners are choosing, either can add an option and rate each one
 * once, and, when no outcome is proposed, propose one of those both have rated; after that the list shows how
 * each was rated.
 */
final class OptionsPanel extends StepPart {

    final TextField newOption = wide(new TextField(t("negotiation.options.new")), 300);

    OptionsPanel(StepClicks clicks) {
        super(clicks);
        newOption.setId("negotiation-option");
        clicks.fields(Map.of("option", newOption));
    }

    Component show(Detail detail) {
        Div options = panel("options", "cg-options");
        List<Component> parts = new ArrayList<>(List.of(new H3(t("negotiation.options.title")), note(t("negotiation.options.about"))));
        boolean choosing = detail.step() == NegotiationStep.OPTIONS && detail.viewerIsPartner();
        UUID id = detail.id();
        if (choosing) {
            Button add = button("add-option", t("negotiation.options.add"), false, service -> {
                Detail added = service.addOption(id, newOption.getValue());
                newOption.clear();
                return added;
            });
            add.setId("negotiation-add-option");
            Div adding = row("adding", newOption, add);
            adding.addClassName("cg-add-option");
            parts.add(adding);
        }
        for (Option option : detail.options()) {
            parts.add(keep("option-" + option.id(), () -> new OptionRow(id, option.id(), clicks))
                    .show(option, choosing));
        }
        boolean proposalOpen = detail.outcome() != null && detail.outcome().optionText() != null;
        List<Option> rated = detail.options().stream().filter(Option::ratedByBoth).toList();
        if (choosing && !proposalOpen && !rated.isEmpty()) {
            parts.add(keep("proposal", () -> new Proposal(id, clicks)).show(rated));
        }
        InPlace.children(options, parts);
        return options;
    }

    @Override
    void forget() {
        super.forget();
        newOption.clear();
    }
}
