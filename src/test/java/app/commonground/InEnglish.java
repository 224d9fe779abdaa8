package app.commonground;

import app.commonground.base.InvalidInputException;
import app.commonground.base.Reason;
import app.commonground.base.Refused;
import app.commonground.base.i18n.Messages;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What a person reading English is told of a service's refusal: the words a screen shows, not the key. */
public final class InEnglish {

    private static final Messages MESSAGES = new Messages();

    private InEnglish() {
    }

    public static String said(Reason reason) {
        return MESSAGES.getTranslation(reason.key(), Locale.ENGLISH, reason.args().toArray());
    }

    /** Why a step was refused, as a person reads it. */
    public static String said(Throwable refused) {
        if (refused instanceof Refused explained) {
            return said(explained.reason());
        }
        throw new AssertionError("Not a refusal with words for people: " + refused);
    }

    /** Each refused field with what is said next to it. */
    public static Map<String, String> problems(InvalidInputException refused) {
        Map<String, String> said = new LinkedHashMap<>();
        refused.problems().forEach((field, reason) -> said.put(field, said(reason)));
        return said;
    }
}
