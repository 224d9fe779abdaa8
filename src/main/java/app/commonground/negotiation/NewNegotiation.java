package app.commonground.negotiation;

import app.commonground.base.PlainText;
import app.commonground.base.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A topic to negotiate and a few words about the situation. */
public record NewNegotiation(
        @NotBlank(message = "Please name the topic")
        @Size(max = 120, message = "Please keep the topic to 120 characters")
        @PlainText
        String title,

        @Size(max = 1000, message = "Please keep this to 1,000 characters")
        @PlainText
        String situation) {

    NewNegotiation normalized() {
        return new NewNegotiation(Text.strip(title), Text.orNull(situation));
    }
}
