package app.commonground.space;

import org.springframework.security.access.AccessDeniedException;

/** A counsellor observes a space and can change nothing in it. */
public class ReadOnlyAccessException extends AccessDeniedException {

    public ReadOnlyAccessException() {
        super("As an observer you can see this space but not change it");
    }
}
