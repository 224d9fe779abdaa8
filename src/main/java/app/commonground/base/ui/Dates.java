package app.commonground.base.ui;

import java.time.Instant;
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
}
