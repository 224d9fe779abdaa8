package app.commonground.space;

import app.commonground.base.PlainText;
import app.commonground.base.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What it takes to create a space: its name, such as "Alex & Sam". */
public record NewSpace(
        @NotBlank(message = "input.space.name.required")
        @Size(max = 80, message = "input.name.tooLong")
        @PlainText
        String name) {

    NewSpace normalized() {
        return new NewSpace(Text.strip(name));
    }
}
