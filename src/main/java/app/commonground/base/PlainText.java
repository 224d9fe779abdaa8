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
 * Text that looks like markup or holds control characters is refused with a clear message. Text is
 * always rendered as text anyway; this tells a person early that tags will not work here.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "Please use plain text: HTML tags aren't allowed here";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlainText, String> {

        private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|[\\p{Cntrl}&&[^\\n\\t\\r]]");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !MARKUP.matcher(value).find();
        }
    }
}
