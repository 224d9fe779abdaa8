package app.commonground.negotiation;

/** A step the negotiation does not allow now, with the reason in words a person reads. */
public class NegotiationStepException extends RuntimeException {

    public NegotiationStepException(String reason) {
        super(reason);
    }
}
