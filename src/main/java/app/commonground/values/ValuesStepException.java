package app.commonground.values;

/** A step on a boundary or a value that does not apply now, or is not the caller's to take. */
public class ValuesStepException extends RuntimeException {

    public ValuesStepException(String message) {
        super(message);
    }
}
