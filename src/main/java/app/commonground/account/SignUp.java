package app.commonground.account;

import app.commonground.base.PlainText;
import app.commonground.base.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/** What a person gives to create an account. */
public record SignUp(
        @NotBlank(message = "input.account.name.required")
        @Size(max = 60, message = "input.account.name.tooLong")
        @PlainText
        String name,

        @NotBlank(message = "input.account.email.required")
        @Size(max = 254, message = "input.account.email.tooLong")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "input.account.email.invalid")
        String email,

        @NotBlank(message = "input.account.password.required")
        @Size(min = AccountService.MIN_PASSWORD, max = AccountService.MAX_PASSWORD,
                message = AccountService.PASSWORD_LENGTH)
        String password) {

    /** The same input with surrounding spaces removed and the email in lower case. */
    SignUp normalized() {
        return new SignUp(Text.strip(name), email == null ? null : Text.strip(email).toLowerCase(Locale.ROOT),
                password);
    }
}
