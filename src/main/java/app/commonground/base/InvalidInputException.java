package app.commonground.base;

import java.util.Map;

/**
 * Input that a service refused, with one reason per field ("name", "email" …), to show next to that field. Nothing
 * was changed.
 */
public class InvalidInputException extends RuntimeException {

    private final transient Map<String, Reason> problems;

    public InvalidInputException(Map<String, Reason> problems) {
        super("Invalid input: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** {@code field} is refused for the message {@code key}. */
    public static InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(Map.of(field, Reason.of(key, args)));
    }

    /** Field name to why it was refused. */
    public Map<String, Reason> problems() {
        return problems;
    }
}
