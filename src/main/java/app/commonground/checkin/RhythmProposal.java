package app.commonground.checkin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A proposed rhythm for the check-in: which day, around what time, every week or every other week. */
public record RhythmProposal(
        @NotNull(message = "input.checkin.day.required")
        DayOfWeek day,

        @NotNull(message = "input.checkin.time.required")
        LocalTime time,

        @NotNull(message = "input.checkin.every.required")
        @Min(value = 1, message = "input.checkin.every.range")
        @Max(value = 2, message = "input.checkin.every.range")
        Integer everyWeeks) {
}
