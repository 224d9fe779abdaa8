package app.commonground.checkin;

import app.commonground.base.StepRefusedException;

/** A check-in step that does not apply now: not this partner's, not at this stage, or one too many. */
public class CheckinStepException extends StepRefusedException {

    public CheckinStepException(String key, Object... args) {
        super(key, args);
    }
}
