package app.commonground.values.ui;

import app.commonground.values.ValuesViews.Difference;
import app.commonground.values.ValuesViews.PickSide;
import app.commonground.values.ValuesViews.ValuesReveal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;

import static app.commonground.base.ui.Pieces.note;

/**
 * Both partners' core values side by side once both are ready (a list its author keeps from the viewer says so),
 * the values they have in common and the ones they ranked furthest apart. Its parts sit in the core values card.
 */
final class RevealedValues {

    private RevealedValues() {
    }

    static List<Component> parts(ValuesReveal reveal) {
        Div sides = new Div();
        sides.addClassName("cg-checkin-sides");
        for (PickSide side : reveal.sides()) {
            Div column = new Div(new Span(side.you() ? "Your values" : side.name() + "'s values"));
            column.addClassName("cg-checkin-side");
            if (side.shown()) {
                OrderedList list = new OrderedList();
                side.values().forEach(value -> list.add(new ListItem(value)));
                column.add(list);
            } else {
                column.add(note("Not shared with you."));
            }
            sides.add(column);
        }
        sides.setId("values-revealed");
        List<Component> parts = new ArrayList<>(List.of(sides));
        if (!reveal.inCommon().isEmpty()) {
            Paragraph common = new Paragraph("In common: " + String.join(", ", reveal.inCommon()));
            common.addClassName("cg-values-common");
            parts.add(common);
        }
        for (Difference difference : reveal.differences()) {
            parts.add(note(difference.value() + ": " + String.join(", ", difference.ranks().stream()
                    .map(rank -> rank.name() + " " + ValuesText.rank(rank.rank())).toList())));
        }
        return parts;
    }
}
