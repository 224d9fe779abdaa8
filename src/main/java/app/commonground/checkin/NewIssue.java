package app.commonground.checkin;

import app.commonground.base.PlainText;
import app.commonground.base.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An issue raised in a check-in: a title, and the raiser's words (which become their private draft's core need
 * if it goes into a negotiation).
 */
public record NewIssue(
        @NotBlank(message = "Name the issue in a few words")
        @Size(max = 120, message = "Please keep the title to 120 characters")
        @PlainText
        String title,

        @Size(max = 200, message = "Please keep this to 200 characters: it becomes a core need in your draft")
        @PlainText
        String words) {

    NewIssue normalized() {
        return new NewIssue(Text.strip(title), Text.orNull(words));
    }
}
