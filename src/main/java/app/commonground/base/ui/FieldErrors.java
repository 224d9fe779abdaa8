package app.commonground.base.ui;

import app.commonground.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;

import java.util.Map;

/** Shows a service's refusal next to the fields it names, in the reader's language; clears the others. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Clears what a refusal said; a field with a {@link CharacterLimit} shows its count again (and if over, says so). */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            if (!CharacterLimit.showAgain(field)) {
                field.setInvalid(false);
                field.setErrorMessage(null);
            }
        });
    }

    /**
     * Shows each problem next to its field, and any problem that no field here shows in a notification. A field
     * past its {@link CharacterLimit} keeps saying how much is over, the most useful thing to say of it.
     */
    public static void showAll(InvalidInputException refusal, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        refusal.problems().forEach((name, reason) -> {
            HasValidation field = fields.get(name);
            if (field != null) {
                place(field, Texts.t(reason));
            } else {
                Notification.show(Texts.t(reason), 5000, Notification.Position.BOTTOM_CENTER);
            }
        });
    }

    private static void place(HasValidation field, String message) {
        if (!field.isInvalid()) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    /** @return whether any of the problems could be placed next to a field */
    public static boolean show(InvalidInputException refusal, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        boolean placed = false;
        for (var problem : refusal.problems().entrySet()) {
            HasValidation field = fields.get(problem.getKey());
            if (field != null) {
                place(field, Texts.t(problem.getValue()));
                placed = true;
            }
        }
        return placed;
    }
}
