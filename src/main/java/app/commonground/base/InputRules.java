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

    /** Refuses {@code input} with a message per field if any of its rules is broken. */
    public <T> T check(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            Map<String, String> problems = new LinkedHashMap<>();
            violations.stream()
                    .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                    .forEach(v -> problems.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
            throw new InvalidInputException(problems);
        }
        return input;
    }
}
