package app.commonground.checkin.ui;

import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.InPlace;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** The small pieces the parts of a check-in are made of: a note, a row of controls, a link, an answer field. */
final class Blocks {

    private Blocks() {
    }

    /** Brings a row, made once per part, to these controls, so the controls in it never leave the page on a push. */
    static Div row(Div row, Component... controls) {
        row.addClassName("cg-checkin-row");
        InPlace.children(row, controls);
        return row;
    }

    static Anchor link(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    static TextArea area(String label, String helper) {
        TextArea area = new TextArea(label);
        CharacterLimit.on(area, 1000);
        area.setWidthFull();
        if (helper != null) {
            area.setHelperText(helper);
        }
        return area;
    }
}
