package app.commonground.negotiation;

import app.commonground.base.StepRefusedException;

/** A step the negotiation does not allow now: the screen says why. */
public class NegotiationStepException extends StepRefusedException {

    public NegotiationStepException(String key, Object... args) {
        super(key, args);
    }
}
