package app.commonground.negotiation;

import java.util.UUID;

/** No such negotiation, or not in a space the caller belongs to. */
public class NegotiationNotFoundException extends RuntimeException {

    public NegotiationNotFoundException(UUID id) {
        super("No negotiation " + id);
    }
}
