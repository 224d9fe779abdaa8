package app.commonground.base.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them: "1 Dec 2026". */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.of("UTC"));

    private Dates() {
    }

    public static String day(Instant instant) {
        return DAY.format(instant);
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** Minutes as time people read: "45 min", "1 h 30 min". */
    public static String minutes(double minutes) {
        long rounded = Math.round(minutes);
        long hours = rounded / 60;
        long rest = rounded % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }

    /** How long ago, as people say it: "just now", "5 min ago", "3 h ago", then the day. */
    public static String ago(Instant instant, Instant now) {
        Duration since = Duration.between(instant, now);
        if (since.toMinutes() < 1) {
            return "just now";
        }
        if (since.toHours() < 1) {
            return since.toMinutes() + " min ago";
        }
        if (since.toDays() < 1) {
            return since.toHours() + " h ago";
        }
        return day(instant);
    }
}
