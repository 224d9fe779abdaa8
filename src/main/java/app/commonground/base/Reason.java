package app.commonground.base;

import java.util.Arrays;
import java.util.List;

/**
 * Why a service refused something, for a person to read: a message key and its arguments (names, titles and numbers
 * as they are). A service never words it; each screen says it in its reader's language.
 */
public record Reason(String key, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.asList(args));
    }
}
