package app.commonground.base.ui;

import app.commonground.base.SameMomentException;

/** What a screen says when one of the person's steps was refused. */
public final class Refusals {

    private Refusals() {
    }

    /** The refusal's own words, or, for a step that met another saved at the same moment, the sentence for that. */
    public static String say(RuntimeException refused) {
        return refused instanceof SameMomentException ? sameMoment() : refused.getMessage();
    }

    /** What a step that met another saved at the same moment says. */
    static String sameMoment() {
        return Texts.t("error.sameMoment");
    }
}
