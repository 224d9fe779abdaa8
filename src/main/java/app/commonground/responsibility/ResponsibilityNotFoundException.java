package app.commonground.responsibility;

import java.util.UUID;

/** No such responsibility, or not in a space the caller belongs to. */
public class ResponsibilityNotFoundException extends RuntimeException {

    public ResponsibilityNotFoundException(UUID id) {
        super("No responsibility " + id);
    }
}
