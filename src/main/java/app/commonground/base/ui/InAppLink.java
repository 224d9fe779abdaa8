package app.commonground.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link to an address in the app, followed without reloading the page (as a {@code RouterLink} is), for pages
 * that may not name each other's classes: a feature's page linking to the page that composes it, or back.
 */
public final class InAppLink {

    private InAppLink() {
    }

    public static Anchor to(String address) {
        Anchor link = new Anchor(address);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    public static Anchor to(String address, String text) {
        Anchor link = to(address);
        link.setText(text);
        return link;
    }
}
