package app.commonground.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Checks a service's input record against its Bean Validation annotations, before anything changes. */
@Component
public class InputRules {

    private final Validator validator;

    InputRules(Validator validator) {
        this.validator = validator;
    }

    /** Refuses {@code input} with a reason per field if any of its rules is broken. */
    public <T> T check(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            Map<String, Reason> problems = new LinkedHashMap<>();
            violations.stream()
                    .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                    .forEach(v -> problems.putIfAbsent(v.getPropertyPath().toString(), reason(v)));
            throw new InvalidInputException(problems);
        }
        return input;
    }

    /**
     * A rule's message is a message key; its limit (a size's {@code max}, a bound's {@code value}) goes in as the
     * message's {@code {0}}, so the number is written once, in the rule.
     */
    private static Reason reason(ConstraintViolation<?> violation) {
        Map<String, Object> rule = violation.getConstraintDescriptor().getAttributes();
        Object limit = rule.containsKey("max") ? rule.get("max") : rule.get("value");
        return limit == null ? Reason.of(violation.getMessageTemplate())
                : Reason.of(violation.getMessageTemplate(), limit);
    }
}
