package app.commonground.values.ui;

import app.commonground.base.ui.Dates;
import app.commonground.base.ui.Pieces;
import com.vaadin.flow.component.html.Paragraph;

import java.time.LocalDate;

/** What every part of the values page that has a review date says of it. */
final class ValuesParts {

    private ValuesParts() {
    }

    /** When to look at a boundary or a shared value again, or since when it is due. */
    static Paragraph reviewNote(LocalDate reviewDate, boolean due) {
        return Pieces.note((due ? "Due for another look since " : "Look at it again on ") + Dates.day(reviewDate));
    }
}
