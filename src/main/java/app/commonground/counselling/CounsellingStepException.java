package app.commonground.counselling;

/** A counselling step that is not the caller's to take, or does not apply. */
public class CounsellingStepException extends RuntimeException {

    public CounsellingStepException(String message) {
        super(message);
    }
}
