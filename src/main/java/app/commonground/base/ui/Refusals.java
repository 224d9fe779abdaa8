package app.commonground.base.ui;

import app.commonground.base.SameMomentException;

/** What a screen says when one of the person's steps was refused. */
public final class Refusals {

    static final String SAME_MOMENT = "Your partner did something at the same moment. Have a look, then try again.";

    private Refusals() {
    }

    /** The refusal's own words, or, for a step that met another saved at the same moment, the sentence for that. */
    public static String say(RuntimeException refused) {
        return refused instanceof SameMomentException ? SAME_MOMENT : refused.getMessage();
    }
}
