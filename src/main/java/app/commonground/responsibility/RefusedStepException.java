package app.commonground.responsibility;

/** A step the agreement rules do not allow, with the reason in words a person reads. */
public class RefusedStepException extends RuntimeException {

    public RefusedStepException(String reason) {
        super(reason);
    }
}
