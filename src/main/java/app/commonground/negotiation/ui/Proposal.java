package app.commonground.negotiation.ui;

import app.commonground.base.ui.Pieces;
import app.commonground.base.ui.DateFields;
import app.commonground.negotiation.NegotiationViews.Option;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.commonground.base.ui.Texts.t;

/**
 * One way to propose an outcome: the options both have rated, best-ranked first and chosen to begin with, one
 * review date and one button. A refresh keeps the person's choice and date.
 */
class Proposal extends Composite<Div> {

    private final Select<UUID> choice = new Select<>();
    private final DatePicker review = DateFields.create("negotiation.proposal.review");
    /** The options the choice offers now, in order. */
    private List<UUID> proposable = List.of();

    Proposal(UUID negotiationId, StepClicks clicks) {
        choice.setLabel(t("negotiation.proposal.choice"));
        choice.setId("negotiation-proposal-choice");
        choice.setWidthFull();
        review.setMin(LocalDate.now().plusDays(1));
        review.setValue(LocalDate.now().plusMonths(1));
        Button propose = clicks.button(t("negotiation.proposal.propose"), true, service -> DateFields.unreadable(review) ? null
                : service.proposeOutcome(negotiationId, choice.getValue(), review.getValue()));
        propose.setId("negotiation-propose");
        getContent().addClassName("cg-proposal");
        getContent().add(new H3(t("negotiation.proposal.title")), Pieces.note(t("negotiation.proposal.about")),
                choice, new Div(review, propose));
    }

    Proposal show(List<Option> rated) {
        Map<UUID, String> texts = new LinkedHashMap<>();
        rated.forEach(option -> texts.put(option.id(), option.text()));
        List<UUID> ids = List.copyOf(texts.keySet());
        if (!ids.equals(proposable)) {
            choice.setItemLabelGenerator(option -> texts.getOrDefault(option, ""));
            UUID chosen = choice.getValue();
            choice.setItems(ids);
            choice.setValue(chosen != null && ids.contains(chosen) ? chosen : ids.getFirst());
            proposable = ids;
        }
        return this;
    }
}
