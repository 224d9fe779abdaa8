package app.commonground.space.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import app.commonground.base.ui.InAppLink;
import com.vaadin.flow.component.html.Anchor;

/**
 * What a screen of a space shows the moment its viewer's access ends: everything of the space leaves the
 * screen, open dialogs included, and a card says why.
 */
public final class AccessEnded {

    private AccessEnded() {
    }

    public static void replace(VerticalLayout page) {
        page.getUI().ifPresent(AccessEnded::closeDialogs);
        page.removeAll();
        H1 ended = new H1("Your access to this space has ended");
        ended.setId("access-ended");
        Anchor home = InAppLink.to("", "Go to my spaces");
        Div card = new Div(ended, new Paragraph("One of the partners ended it, or a new partner has yet to agree. "
                + "Nothing of their space is shown any more."), home);
        card.addClassNames("cg-panel", "cg-ended");
        page.add(card);
    }

    private static void closeDialogs(UI ui) {
        ui.getChildren().filter(Dialog.class::isInstance).map(Dialog.class::cast).toList().forEach(Dialog::close);
    }
}
