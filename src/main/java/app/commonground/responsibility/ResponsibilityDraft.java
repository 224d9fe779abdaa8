package app.commonground.responsibility;

import app.commonground.base.PlainText;
import app.commonground.base.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * What a partner proposes for a responsibility, new or changed.
 *
 * @param ownerId the partner who owns it; empty for both together
 */
public record ResponsibilityDraft(
        @NotBlank(message = "Please give it a title")
        @Size(max = 120, message = "Please keep the title to 120 characters")
        @PlainText
        String title,

        @NotNull(message = "Choose an area")
        Area area,

        UUID ownerId,

        @NotNull(message = "Choose how often it comes round")
        Cadence cadence,

        @NotBlank(message = "Say what \"done\" means, so you both agree on the standard")
        @Size(max = 500, message = "Please keep this to 500 characters")
        @PlainText
        String doneMeans,

        @NotNull(message = "Estimate the minutes per week")
        @Min(value = 0, message = "Minutes per week can't be negative")
        @Max(value = 10_080, message = "A week has 10,080 minutes: please estimate at most that")
        Integer minutesPerWeek,

        @Size(max = 1000, message = "Please keep the notes to 1,000 characters")
        @PlainText
        String notes) {

    ResponsibilityDraft normalized() {
        return new ResponsibilityDraft(Text.strip(title), area, ownerId, cadence, Text.strip(doneMeans),
                minutesPerWeek, Text.orNull(notes));
    }
}
