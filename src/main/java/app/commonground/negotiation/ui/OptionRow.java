package app.commonground.negotiation.ui;

import app.commonground.base.ui.Pieces;
import app.commonground.base.ui.InPlace;
import app.commonground.negotiation.NegotiationStepException;
import app.commonground.negotiation.NegotiationViews.Option;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static app.commonground.base.ui.Texts.t;

/**
 * One option: its text, both ratings and the lower of them once both partners have rated it, and while they are
 * choosing, the viewer's own rating or the list to give it from. A refresh keeps an open list open.
 */
class OptionRow extends Composite<Div> {

    private final UUID negotiationId;
    private final UUID optionId;
    private final StepClicks clicks;
    /** The viewer's score and its button, made when the viewer may first rate the option. */
    private Div rating;

    OptionRow(UUID negotiationId, UUID optionId, StepClicks clicks) {
        this.negotiationId = negotiationId;
        this.optionId = optionId;
        this.clicks = clicks;
        getContent().addClassName("cg-option");
    }

    OptionRow show(Option option, boolean choosing) {
        getContent().getElement().setAttribute("data-option", option.text());
        Span text = new Span(option.text());
        text.addClassName("cg-option-text");
        List<Component> parts = new ArrayList<>(List.of(text));
        if (option.ratedByBoth()) {
            Span scores = new Span(option.ratings().stream().map(r -> r.name() + " " + r.score())
                    .reduce((a, b) -> a + " · " + b).orElse("") + " · " + t("negotiation.option.lower", option.lowest()));
            scores.addClassName("cg-option-scores");
            parts.add(scores);
        } else if (option.viewerRating() != null && choosing) {
            parts.add(Pieces.note(t("negotiation.option.rated", option.viewerRating())));
        }
        if (choosing && option.viewerRating() == null) {
            parts.add(rating(option.text()));
        }
        InPlace.children(getContent(), parts);
        return this;
    }

    private Div rating(String optionText) {
        if (rating == null) {
            Select<Integer> score = new Select<>();
            score.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
            score.setPlaceholder("0–10");
            score.addClassName("cg-score");
            score.setAriaLabel(t("negotiation.option.ratingOf", optionText));
            Button rate = clicks.button(t("negotiation.option.rate"), false, service -> {
                if (score.getValue() == null) {
                    throw new NegotiationStepException("negotiation.option.chooseFirst");
                }
                return service.rate(negotiationId, optionId, score.getValue());
            });
            rating = new Div(score, rate);
        }
        return rating;
    }
}
