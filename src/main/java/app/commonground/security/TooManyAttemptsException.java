package app.commonground.security;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused for a moment, after too many failed tries for the email or from the address: try again later. */
public class TooManyAttemptsException extends AuthenticationException {

    public TooManyAttemptsException() {
        super("Too many sign-in attempts");
    }
}
