package app.commonground.checkin;

/** A check-in step that does not apply now: not this partner's, not at this stage, or one too many. */
public class CheckinStepException extends RuntimeException {

    public CheckinStepException(String message) {
        super(message);
    }
}
