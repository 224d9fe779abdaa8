package app.commonground.base;

/**
 * What the caller asked for does not exist, or is not theirs to see: the two are told apart for nobody. Each
 * feature's "not found" is one of these, so a screen can say so calmly whatever the feature.
 */
public abstract class GoneException extends RuntimeException {

    protected GoneException(String message) {
        super(message);
    }
}
