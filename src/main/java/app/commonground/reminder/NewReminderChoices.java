package app.commonground.reminder;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * A person's reminder choices as they typed them: the quiet hours are text until the service has read them as
 * times of day (24-hour, "22:00" or "7:30"), so that "25:99" is refused rather than read as some other time.
 *
 * @param zone the time zone the quiet hours are in (the person's browser's)
 */
public record NewReminderChoices(
        @NotNull(message = "input.reminders.kinds.required")
        Set<ReminderKind> kinds,

        @NotNull(message = "input.reminders.quietFrom.required")
        @Pattern(regexp = TIME, message = NOT_A_TIME)
        String quietFrom,

        @NotNull(message = "input.reminders.quietTo.required")
        @Pattern(regexp = TIME, message = NOT_A_TIME)
        String quietTo,

        @NotNull(message = "input.zone.unknown")
        ZoneId zone) {

    private static final String TIME = "([01]?[0-9]|2[0-3]):[0-5][0-9]";
    private static final String NOT_A_TIME = "input.time.invalid";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm");

    /** The choices these are, once the rules have passed them. */
    ReminderChoices read() {
        return new ReminderChoices(kinds, LocalTime.parse(quietFrom, TYPED), LocalTime.parse(quietTo, TYPED), zone);
    }
}
