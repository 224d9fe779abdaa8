package app.commonground.base.ui;

import app.commonground.base.GoneException;
import app.commonground.base.InvalidInputException;
import app.commonground.base.Refused;
import app.commonground.base.SameMomentException;

/** What a screen says when one of the person's steps was refused. */
public final class Refusals {

    private Refusals() {
    }

    /**
     * Why the step was refused, in the reader's language: the service's reason, or, for a step that met another saved
     * at the same moment, the sentence for that.
     */
    public static String say(RuntimeException refused) {
        if (refused instanceof Refused explained) {
            return Texts.t(explained.reason());
        }
        if (refused instanceof SameMomentException) {
            return sameMoment();
        }
        if (refused instanceof InvalidInputException invalid) {
            return invalid.problems().values().stream().findFirst().map(Texts::t).orElseThrow();
        }
        if (refused instanceof GoneException) {
            return Texts.t("error.gone");
        }
        throw new IllegalStateException("A refusal without words for people", refused);
    }

    /** What a step that met another saved at the same moment says. */
    static String sameMoment() {
        return Texts.t("error.sameMoment");
    }
}
