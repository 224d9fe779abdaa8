package app.commonground.account;

import app.commonground.base.PlainText;
import app.commonground.base.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/** What a person gives to create an account. */
public record SignUp(
        @NotBlank(message = "Please tell us your name")
        @Size(max = 60, message = "Please keep your name to 60 characters")
        @PlainText
        String name,

        @NotBlank(message = "Please enter your email address")
        @Size(max = 254, message = "That email address is too long")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "That doesn't look like an email address")
        String email,

        @NotBlank(message = "Please choose a password")
        @Size(min = AccountService.MIN_PASSWORD, max = AccountService.MAX_PASSWORD,
                message = AccountService.PASSWORD_LENGTH)
        String password) {

    /** The same input with surrounding spaces removed and the email in lower case. */
    SignUp normalized() {
        return new SignUp(Text.strip(name), email == null ? null : Text.strip(email).toLowerCase(Locale.ROOT),
                password);
    }
}
