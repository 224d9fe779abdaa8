package app.commonground.space.ui;

import app.commonground.base.ui.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import app.commonground.base.ui.InAppLink;
import app.commonground.space.SpaceMembers;
import com.vaadin.flow.component.html.Anchor;

import java.util.UUID;

/**
 * What a screen of a space shows the moment its viewer's access ends: everything of the space leaves the
 * screen, open dialogs included, and a card says why.
 */
public final class AccessEnded {

    private AccessEnded() {
    }

    /** Replaces the page's content: the viewer's access ended. */
    public static void replace(VerticalLayout page) {
        replace(page, Why.ENDED);
    }

    /** Why a page of the space shows nothing of it any more. */
    public enum Why { ENDED, LEFT, GONE }

    /** The reason, from the space's people as they are now. */
    public static Why why(SpaceMembers people, UUID viewerId) {
        return people.gone() ? Why.GONE : people.left(viewerId) ? Why.LEFT : Why.ENDED;
    }

    /** Replaces the page's content, saying why. */
    public static void replace(VerticalLayout page, Why why) {
        page.getUI().ifPresent(AccessEnded::closeDialogs);
        page.removeAll();
        H1 ended = Texts.text(new H1(), switch (why) {
            case LEFT -> "space.ended.left";
            case GONE -> "space.ended.gone";
            case ENDED -> "space.ended.ended";
        });
        ended.setId("access-ended");
        Anchor home = Texts.text(InAppLink.to("", ""), "space.ended.home");
        Div card = new Div(ended, Texts.text(new Paragraph(), switch (why) {
            case LEFT -> "space.ended.left.about";
            case GONE -> "space.ended.gone.about";
            case ENDED -> "space.ended.ended.about";
        }), home);
        card.addClassNames("cg-panel", "cg-ended");
        page.add(card);
    }

    private static void closeDialogs(UI ui) {
        ui.getChildren().filter(Dialog.class::isInstance).map(Dialog.class::cast).toList().forEach(Dialog::close);
    }
}
