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
        @NotBlank(message = "input.title.required")
        @Size(max = 120, message = "input.title.tooLong")
        @PlainText
        String title,

        @NotNull(message = "input.responsibility.area.required")
        Area area,

        UUID ownerId,

        @NotNull(message = "input.responsibility.cadence.required")
        Cadence cadence,

        @NotBlank(message = "input.responsibility.doneMeans.required")
        @Size(max = 500, message = "input.tooLong")
        @PlainText
        String doneMeans,

        @NotNull(message = "input.responsibility.minutes.required")
        @Min(value = 0, message = "input.responsibility.minutes.negative")
        @Max(value = 10_080, message = "input.responsibility.minutes.tooMany")
        Integer minutesPerWeek,

        @Size(max = 1000, message = "input.notes.tooLong")
        @PlainText
        String notes) {

    ResponsibilityDraft normalized() {
        return new ResponsibilityDraft(Text.strip(title), area, ownerId, cadence, Text.strip(doneMeans),
                minutesPerWeek, Text.orNull(notes));
    }
}
