package app.commonground.negotiation;

import app.commonground.base.GoneException;
import java.util.UUID;

/** No such negotiation, or not in a space the caller belongs to. */
public class NegotiationNotFoundException extends GoneException {

    public NegotiationNotFoundException(UUID id) {
        super("No negotiation " + id);
    }
}
