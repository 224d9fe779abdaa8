package app.commonground.negotiation.ui;

import app.commonground.base.ui.InPlace;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NegotiationViews.Position;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.ArrayList;
import java.util.List;

import static app.commonground.base.ui.Texts.t;

/** Both partners' circles once their drafts are revealed: each one's core needs and flexible areas, side by side. */
final class PositionCards extends StepPart {

    PositionCards(StepClicks clicks) {
        super(clicks);
    }

    Component show(Detail detail) {
        Div positions = keep("positions", Div::new);
        positions.addClassName("cg-positions");
        List<Component> cards = new ArrayList<>();
        for (Position position : detail.positions()) {
            Div card = new Div(new H3(t("negotiation.position.title", position.name())));
            card.addClassNames("cg-panel", "cg-position");
            card.add(label(t("negotiation.position.coreNeeds")), list(position.coreNeeds()));
            if (!position.flexible().isEmpty()) {
                card.add(label(t("negotiation.position.flexible")), list(position.flexible()));
            }
            cards.add(card);
        }
        InPlace.children(positions, cards);
        return positions;
    }

    private static Span label(String text) {
        Span label = new Span(text);
        label.addClassName("cg-circle-label");
        return label;
    }

    private static UnorderedList list(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
