package app.commonground.responsibility;

import app.commonground.base.StepRefusedException;

/** A step the agreement rules do not allow: the screen says why. */
public class RefusedStepException extends StepRefusedException {

    public RefusedStepException(String key, Object... args) {
        super(key, args);
    }
}
