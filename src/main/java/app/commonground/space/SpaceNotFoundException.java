package app.commonground.space;

import app.commonground.base.GoneException;
import java.util.UUID;

/**
 * The space does not exist, or the caller is not a member of it: the two are told apart for nobody,
 * so a stranger learns nothing about other couples' spaces.
 */
public class SpaceNotFoundException extends GoneException {

    public SpaceNotFoundException(UUID spaceId) {
        super("No space " + spaceId);
    }
}
