package app.commonground.base;

/**
 * A step that does not apply now: not this person's to take, not at this stage, or one too many. Nothing changed;
 * the screen says why, in its reader's language.
 */
public abstract class StepRefusedException extends RuntimeException implements Refused {

    private final transient Reason reason;

    /** Refused for the message {@code key}, with its arguments (names and titles as they are). */
    protected StepRefusedException(String key, Object... args) {
        super(key);
        this.reason = Reason.of(key, args);
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
