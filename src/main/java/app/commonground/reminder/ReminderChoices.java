package app.commonground.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person's choices about reminders: which kinds may wake them, and their quiet hours in their time zone.
 *
 * @param quietFrom the start of the quiet hours (22:00 unless chosen)
 * @param quietTo   their end (08:00); a window may run past midnight
 */
public record ReminderChoices(Set<ReminderKind> kinds, LocalTime quietFrom, LocalTime quietTo, ZoneId zone) {

    public ReminderChoices {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** Everything on, quiet from 22:00 to 08:00, in this time zone. */
    public static ReminderChoices defaults(ZoneId zone) {
        return new ReminderChoices(EnumSet.allOf(ReminderKind.class), LocalTime.of(22, 0), LocalTime.of(8, 0), zone);
    }

    public ReminderChoices withKinds(Set<ReminderKind> chosen) {
        return new ReminderChoices(chosen, quietFrom, quietTo, zone);
    }

    /** Whether {@code at} falls in the quiet hours, where this person is. */
    boolean quiet(Instant at) {
        LocalTime time = at.atZone(zone).toLocalTime();
        if (quietFrom.equals(quietTo)) {
            return false;
        }
        return quietFrom.isBefore(quietTo)
                ? !time.isBefore(quietFrom) && time.isBefore(quietTo)
                : !time.isBefore(quietFrom) || time.isBefore(quietTo);
    }

    /** {@code at}, or the end of the quiet hours it falls in. */
    Instant notQuiet(Instant at) {
        if (!quiet(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime end = local.with(quietTo);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }

    /** The day {@code at} falls on, where this person is. */
    LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** The first moment of the day after {@code at}'s day that is not quiet. */
    Instant nextDay(Instant at) {
        return notQuiet(day(at).plusDays(1).atStartOfDay(zone).toInstant());
    }
}
