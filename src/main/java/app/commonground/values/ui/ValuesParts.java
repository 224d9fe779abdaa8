package app.commonground.values.ui;

import app.commonground.base.ui.Dates;
import app.commonground.base.ui.Pieces;
import app.commonground.base.ui.Texts;
import app.commonground.values.CoreValues;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;

import java.time.LocalDate;
import java.util.function.Supplier;

import static app.commonground.base.ui.Texts.t;

/** What the parts of the values page have in common: notes in the viewer's language, review dates, value fields. */
final class ValuesParts {

    private ValuesParts() {
    }

    /** A quiet line of explanation: the message {@code key}, said again in a new language. */
    static Paragraph note(String key, Object... args) {
        return note(() -> t(key, args));
    }

    /** A quiet line made of messages by {@code words}, said again in a new language. */
    static Paragraph note(Supplier<String> words) {
        return Texts.text(Pieces.note(""), words);
    }

    /**
     * A field to pick a value from the list, in the viewer's language, or to write one's own: a value of the list
     * is kept by its English name (also when its name is typed in full), one's own as written.
     */
    static void catalogue(ComboBox<String> field) {
        field.setItems(CoreValues.CATALOGUE);
        Texts.bind(field, "items", () -> "", unused -> field.setItemLabelGenerator(ValuesText::value));
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(custom -> field.setValue(ValuesText.typed(custom.getDetail())));
    }

    /** When to look at a boundary or a shared value again, or since when it is due. */
    static Paragraph reviewNote(LocalDate reviewDate, boolean due) {
        return note(() -> due ? t("values.review.due", Dates.day(reviewDate))
                : t("values.review.on", Dates.day(reviewDate)));
    }
}
