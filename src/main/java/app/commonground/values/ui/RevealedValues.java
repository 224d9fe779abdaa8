package app.commonground.values.ui;

import app.commonground.base.ui.Texts;
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

import static app.commonground.base.ui.Texts.t;
import static app.commonground.values.ui.ValuesParts.note;

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
            Div column = new Div(Texts.text(new Span(), () -> t("values.reveal.side", side.name(),
                    side.you() ? "you" : "other")));
            column.addClassName("cg-checkin-side");
            if (side.shown()) {
                OrderedList list = new OrderedList();
                side.values().forEach(value -> list.add(Texts.text(new ListItem(), () -> ValuesText.value(value))));
                column.add(list);
            } else {
                column.add(note("values.reveal.notShared"));
            }
            sides.add(column);
        }
        sides.setId("values-revealed");
        List<Component> parts = new ArrayList<>(List.of(sides));
        if (!reveal.inCommon().isEmpty()) {
            Paragraph common = Texts.text(new Paragraph(), () -> t("values.reveal.common",
                    String.join(", ", reveal.inCommon().stream().map(ValuesText::value).toList())));
            common.addClassName("cg-values-common");
            parts.add(common);
        }
        for (Difference difference : reveal.differences()) {
            parts.add(note(() -> t("values.reveal.difference", ValuesText.value(difference.value()),
                    String.join(", ", difference.ranks().stream().map(rank -> ValuesText.rank(rank.name(), rank.rank()))
                            .toList()))));
        }
        return parts;
    }
}
