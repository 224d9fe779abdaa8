package app.commonground.space;

import app.commonground.base.AccessRefusedException;

/** A counsellor observes a space and can change nothing in it. */
public class ReadOnlyAccessException extends AccessRefusedException {

    public ReadOnlyAccessException() {
        super("refused.readOnly");
    }
}
