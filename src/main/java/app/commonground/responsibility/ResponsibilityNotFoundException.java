package app.commonground.responsibility;

import app.commonground.base.GoneException;
import java.util.UUID;

/** No such responsibility, or not in a space the caller belongs to. */
public class ResponsibilityNotFoundException extends GoneException {

    public ResponsibilityNotFoundException(UUID id) {
        super("No responsibility " + id);
    }
}
