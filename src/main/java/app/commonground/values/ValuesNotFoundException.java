package app.commonground.values;

import app.commonground.base.GoneException;

import java.util.UUID;

/** No such boundary or shared value, or not one the caller may see. */
public class ValuesNotFoundException extends GoneException {

    public ValuesNotFoundException(UUID id) {
        super("No boundary or value " + id);
    }
}
