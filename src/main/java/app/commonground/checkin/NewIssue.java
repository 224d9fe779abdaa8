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
        @NotBlank(message = "input.checkin.issue.required")
        @Size(max = 120, message = "input.title.tooLong")
        @PlainText
        String title,

        @Size(max = 200, message = "input.checkin.issue.need.tooLong")
        @PlainText
        String words) {

    NewIssue normalized() {
        return new NewIssue(Text.strip(title), Text.orNull(words));
    }
}
