package app.commonground.negotiation.ui;

import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.InPlace;
import app.commonground.negotiation.NegotiationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextFieldBase;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A part of one negotiation's page. The components it keeps by key are made once per negotiation and kept across
 * refreshes, so a pushed update leaves what a person is typing, an open list and a button under their finger in
 * place; opening another negotiation forgets them, and what was typed for the one before.
 */
abstract class StepPart {

    final StepClicks clicks;
    private final Map<String, Component> kept = new HashMap<>();

    StepPart(StepClicks clicks) {
        this.clicks = clicks;
    }

    /** Another negotiation is opened: what this part kept and what was typed into it belong to the one before. */
    void forget() {
        kept.clear();
    }

    @SuppressWarnings("unchecked")
    final <T extends Component> T keep(String key, Supplier<T> create) {
        return (T) kept.computeIfAbsent(key, k -> create.get());
    }

    final Div panel(String key, String className) {
        Div panel = keep(key, Div::new);
        panel.addClassNames("cg-panel", className);
        return panel;
    }

    /** A row of controls kept under {@code key}, so the controls in it never leave the page on a refresh. */
    final Div row(String key, Component... controls) {
        Div row = keep(key, Div::new);
        InPlace.children(row, controls);
        return row;
    }

    /**
     * The button under {@code key}, made once per negotiation and kept across refreshes, so a click that lands
     * while a pushed update rebuilds the page still reaches its button.
     */
    final Button button(String key, String text, boolean primary, Function<NegotiationService, ?> step) {
        Button button = keep(key, () -> clicks.button(text, primary, step));
        button.setText(text);
        return button;
    }

    /** A text field as wide as its part, that counts its characters up to {@code max}. */
    static <F extends TextFieldBase<F, String>> F wide(F field, int max) {
        field.setWidthFull();
        return CharacterLimit.on(field, max);
    }
}
