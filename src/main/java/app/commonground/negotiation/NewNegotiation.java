package app.commonground.negotiation;

import app.commonground.base.PlainText;
import app.commonground.base.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A topic to negotiate and a few words about the situation. */
public record NewNegotiation(
        @NotBlank(message = "input.negotiation.topic.required")
        @Size(max = 120, message = "input.negotiation.topic.tooLong")
        @PlainText
        String title,

        @Size(max = 1000, message = "input.tooLong")
        @PlainText
        String situation) {

    NewNegotiation normalized() {
        return new NewNegotiation(Text.strip(title), Text.orNull(situation));
    }
}
