package app.commonground.account;

import app.commonground.base.InvalidInputException;
import app.commonground.base.Reason;

import java.util.Map;

/** A sign-up for an email that already has an account: said next to the email field. */
public class EmailInUseException extends InvalidInputException {

    EmailInUseException() {
        super(Map.of("email", Reason.of("input.account.email.inUse")));
    }
}
