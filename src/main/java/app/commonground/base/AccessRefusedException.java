package app.commonground.base;

import org.springframework.security.access.AccessDeniedException;

/** A step that is not the caller's to take in this space; nothing changed, and the screen says why. */
public class AccessRefusedException extends AccessDeniedException implements Refused {

    private final transient Reason reason;

    /** Refused for the message {@code key}, with its arguments (names as they are). */
    public AccessRefusedException(String key, Object... args) {
        super(key);
        this.reason = Reason.of(key, args);
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
