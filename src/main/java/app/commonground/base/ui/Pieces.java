package app.commonground.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The small pieces the sections are made of: a quiet note, a row of controls. */
public final class Pieces {

    private Pieces() {
    }

    /** A quiet line of explanation. */
    public static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("cg-note");
        return note;
    }

    /** Controls side by side, wrapping on a narrow screen. */
    public static Div row(Component... controls) {
        Div row = new Div(controls);
        row.addClassName("cg-checkin-row");
        return row;
    }
}
