package app.commonground.responsibility;

/** Someone changed the responsibility first; carries what they saved. */
public class ResponsibilityConflictException extends RuntimeException {

    private final transient ResponsibilityView current;

    public ResponsibilityConflictException(ResponsibilityView current) {
        super("Responsibility " + current.id() + " was changed by someone else first");
        this.current = current;
    }

    public ResponsibilityView current() {
        return current;
    }
}
