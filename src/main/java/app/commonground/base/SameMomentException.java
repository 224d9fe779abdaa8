package app.commonground.base;

/**
 * A step refused because someone else's step saved the same thing at the same moment: nothing of it was saved.
 * The screens say so in their own words; the person looks again and tries once more.
 */
public class SameMomentException extends RuntimeException {

    public SameMomentException(Throwable cause) {
        super("Another step saved the same thing at the same moment", cause);
    }
}
