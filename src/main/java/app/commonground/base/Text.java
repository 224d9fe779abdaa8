package app.commonground.base;

import java.util.regex.Pattern;

/**
 * How every service tidies what a person typed: surrounding space goes, including the kinds that
 * {@link String#strip()} keeps (no-break spaces, zero-width spaces and joiners, byte order marks), so that
 * text made only of them counts as empty instead of being saved as something nobody can see.
 */
public final class Text {

    private static final Pattern INVISIBLE_EDGES =
            Pattern.compile("^[\\s\\p{Z}\\p{Cf}]+|[\\s\\p{Z}\\p{Cf}]+$", Pattern.UNICODE_CHARACTER_CLASS);

    private Text() {
    }

    /** The text without invisible characters at either end; null stays null. */
    public static String strip(String value) {
        return value == null ? null : INVISIBLE_EDGES.matcher(value).replaceAll("");
    }

    /** The stripped text, or null when nothing visible is left. */
    public static String orNull(String value) {
        String stripped = strip(value);
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }
}
