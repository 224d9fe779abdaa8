package app.commonground.checkin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A proposed rhythm for the check-in: which day, around what time, every week or every other week. */
public record RhythmProposal(
        @NotNull(message = "Choose a day")
        DayOfWeek day,

        @NotNull(message = "Choose a rough time")
        LocalTime time,

        @NotNull(message = "Choose how often")
        @Min(value = 1, message = "Every week or every other week")
        @Max(value = 2, message = "Every week or every other week")
        Integer everyWeeks) {
}
