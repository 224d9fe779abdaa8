package app.commonground.counselling;

import app.commonground.base.GoneException;

import java.util.UUID;

/** Nothing of the caller's in this space's counselling records, or not theirs to see. */
public class CounsellingNotFoundException extends GoneException {

    public CounsellingNotFoundException(UUID spaceId) {
        super("No counselling records of the caller in space " + spaceId);
    }
}
