package app.commonground.board;

/**
 * A save was refused because someone else saved the item first. Carries what they saved, so the person
 * can compare it with their own text, merge, and save again.
 */
public class EditConflictException extends RuntimeException {

    private final transient ItemView current;

    public EditConflictException(ItemView current) {
        super("Item " + current.id() + " was saved by someone else first");
        this.current = current;
    }

    /** The item as it is now, saved by the other person. */
    public ItemView current() {
        return current;
    }
}
