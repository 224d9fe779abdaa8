package app.commonground.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Text holding control characters (invisible, pasted from elsewhere) is refused with a clear message.
 * Anything else a person types is kept as typed, "kids<bedtime" included: text is always rendered as text.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default MESSAGE;

    String MESSAGE = "input.plainText";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlainText, String> {

        /** Control characters, and the bidirectional overrides that make text read other than it is. */
        private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t\\r]]|[\\u202A-\\u202E\\u2066-\\u2069]");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !CONTROL.matcher(value).find();
        }
    }
}
