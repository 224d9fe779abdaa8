package app.commonground.counselling;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The day and time of a session as the counsellor typed them, in their own time zone: the time is text until the
 * rules have read it as a time of day (24-hour, "18:00" or "9:30"), so that "25:99" is refused, not read as another.
 *
 * @param zone the counsellor's time zone (their browser's)
 */
public record SessionTime(
        @NotNull(message = "input.session.day.required")
        LocalDate day,

        @NotNull(message = "input.session.time.required")
        @Pattern(regexp = "([01]?[0-9]|2[0-3]):[0-5][0-9]", message = "input.session.time.invalid")
        String time,

        @NotNull(message = "input.zone.unknown")
        ZoneId zone) {

    /** The moment this is, once the rules have passed it. */
    ZonedDateTime startsAt() {
        return day.atTime(LocalTime.parse(time, DateTimeFormatter.ofPattern("H:mm"))).atZone(zone);
    }
}
