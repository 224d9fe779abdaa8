package app.commonground.account;

import app.commonground.base.InvalidInputException;

import java.util.Map;

/** A sign-up for an email that already has an account: said next to the email field. */
public class EmailInUseException extends InvalidInputException {

    EmailInUseException() {
        super(Map.of("email", "There is already an account for this email: sign in instead"));
    }
}
