package app.commonground.base;

import java.util.Map;

/**
 * Input that a service refused, with one message per field ("name", "email" …), to show next to that
 * field. Nothing was changed.
 */
public class InvalidInputException extends RuntimeException {

    private final transient Map<String, String> problems;

    public InvalidInputException(Map<String, String> problems) {
        super("Invalid input: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    /** Field name to the message a person should read. */
    public Map<String, String> problems() {
        return problems;
    }
}
