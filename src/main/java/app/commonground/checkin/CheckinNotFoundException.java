package app.commonground.checkin;

import app.commonground.base.GoneException;

import java.util.UUID;

/** No such check-in, or not one the caller may see. */
public class CheckinNotFoundException extends GoneException {

    public CheckinNotFoundException(UUID id) {
        super("No check-in " + id);
    }
}
