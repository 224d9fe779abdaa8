package app.commonground.base.ui;

import app.commonground.base.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;

import java.util.Map;

/** Shows a service's refusal next to the fields it names; clears the others. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Shows each problem next to its field, and any problem that no field here shows in a notification. */
    public static void showAll(InvalidInputException refusal, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        refusal.problems().forEach((name, message) -> {
            HasValidation field = fields.get(name);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notification.show(message, 5000, Notification.Position.BOTTOM_CENTER);
            }
        });
    }

    /** @return whether any of the problems could be placed next to a field */
    public static boolean show(InvalidInputException refusal, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        boolean placed = false;
        for (var problem : refusal.problems().entrySet()) {
            HasValidation field = fields.get(problem.getKey());
            if (field != null) {
                field.setErrorMessage(problem.getValue());
                field.setInvalid(true);
                placed = true;
            }
        }
        return placed;
    }
}
