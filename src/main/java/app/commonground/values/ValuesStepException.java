package app.commonground.values;

import app.commonground.base.StepRefusedException;

/** A step on a boundary or a value that does not apply now, or is not the caller's to take. */
public class ValuesStepException extends StepRefusedException {

    public ValuesStepException(String key, Object... args) {
        super(key, args);
    }
}
