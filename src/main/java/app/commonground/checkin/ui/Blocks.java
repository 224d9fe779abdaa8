package app.commonground.checkin.ui;

import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.Pieces;
import app.commonground.base.ui.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Supplier;

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

    /** A link that says the message {@code key}. */
    static Anchor link(String href, String key) {
        return Texts.text(titled(href, ""), key);
    }

    /** A link that says what someone wrote (a goal's title, say), as it is. */
    static Anchor titled(String href, String title) {
        Anchor link = new Anchor(href, title);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** A quiet line of explanation: the message {@code key}. */
    static Paragraph note(String key, Object... args) {
        return Texts.text(Pieces.note(""), key, args);
    }

    /** A quiet line of explanation, made of messages by {@code words}. */
    static Paragraph note(Supplier<String> words) {
        return Texts.text(Pieces.note(""), words);
    }

    /** What a screen reader says for the component, made of messages by {@code words}. */
    static <C extends Component & HasAriaLabel> C aria(C component, Supplier<String> words) {
        return Texts.bind(component, "aria-label", words, component::setAriaLabel);
    }

    /** An answer field with the message {@code labelKey} as its label and, if not null, {@code helperKey} below. */
    static TextArea area(String labelKey, String helperKey) {
        TextArea area = Texts.label(new TextArea(), labelKey);
        CharacterLimit.on(area, 1000);
        area.setWidthFull();
        if (helperKey != null) {
            Texts.helper(area, helperKey);
        }
        return area;
    }
}
