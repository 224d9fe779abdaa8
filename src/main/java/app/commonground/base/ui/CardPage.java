package app.commonground.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A calm, centred card with the brand above it: the frame of sign-in, sign-up, invitation and error pages. */
public class CardPage extends Composite<Main> {

    private final Div card = new Div();

    public CardPage(String title, String lead) {
        Div brand = new Div(Brand.mark(), new Span("Common Ground"));
        brand.addClassName("cg-card-brand");
        H1 heading = new H1(title);
        card.addClassName("cg-card");
        card.add(heading);
        if (lead != null) {
            Paragraph leadText = new Paragraph(lead);
            leadText.addClassName("cg-lead");
            card.add(leadText);
        }
        getContent().addClassName("cg-card-page");
        getContent().add(brand, card);
    }

    public CardPage add(Component... components) {
        card.add(components);
        return this;
    }

    public Div card() {
        return card;
    }
}
