package app.commonground.counselling;

import app.commonground.base.StepRefusedException;

/** A counselling step that is not the caller's to take, or does not apply. */
public class CounsellingStepException extends StepRefusedException {

    public CounsellingStepException(String key, Object... args) {
        super(key, args);
    }
}
