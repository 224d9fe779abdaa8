package app.commonground.checkin.ui;

import app.commonground.base.ui.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextFieldBase;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Words in the issue form or the plan that the check-in can no longer take (it got its two issues, or was done,
 * while someone typed): which of those fields the person is in now, whose words may not be here yet, and
 * "Let it go", which empties the words and lets the form they were kept in go.
 */
final class KeptWords {

    private final BooleanSupplier closed;
    private final Runnable showAgain;
    /** The field the person is in now: what they type there may not be here yet. */
    private Component inField;

    /**
     * @param closed    whether the check-in takes no more of these words: leaving a field then shows it again
     * @param showAgain shows the check-in again
     */
    KeptWords(BooleanSupplier closed, Runnable showAgain) {
        this.closed = closed;
        this.showAgain = showAgain;
    }

    /** Follows whether the person is in this field. */
    void watch(TextFieldBase<?, String> field) {
        field.addFocusListener(focus -> inField = field);
        field.addBlurListener(blur -> {
            inField = null;
            if (closed.getAsBoolean()) {
                showAgain.run();
            }
        });
    }

    /** Whether the person is in one of these fields now. */
    boolean inAny(Component... fields) {
        return Stream.of(fields).anyMatch(field -> field == inField);
    }

    /** "Let it go": empties these fields, and the form they were kept in goes. */
    Button letGo(String id, HasValue<?, ?>... fields) {
        Button button = Texts.text(new Button("", click -> {
            List.of(fields).forEach(HasValue::clear);
            showAgain.run();
        }), "checkin.letGo");
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
