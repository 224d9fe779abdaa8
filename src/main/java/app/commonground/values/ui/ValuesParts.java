package app.commonground.values.ui;

import app.commonground.base.ui.Dates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.time.LocalDate;

/** The small pieces every part of the values page shows: a quiet note, a row of buttons, a review date. */
final class ValuesParts {

    private ValuesParts() {
    }

    static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("cg-note");
        return note;
    }

    static Div row(Component... parts) {
        Div row = new Div(parts);
        row.addClassName("cg-checkin-row");
        return row;
    }

    /** When to look at a boundary or a shared value again, or since when it is due. */
    static Paragraph reviewNote(LocalDate reviewDate, boolean due) {
        return note((due ? "Due for another look since " : "Look at it again on ") + Dates.day(reviewDate));
    }
}
