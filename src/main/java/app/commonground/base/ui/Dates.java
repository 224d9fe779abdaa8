package app.commonground.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as the person looking at them reads them: in their browser's time zone and their language ("1 Dec 2026",
 * "Dec 1, 2026", "01.12.2026"). A moment (an {@link Instant}) becomes a day in the viewer's zone; a calendar
 * date (a target or review date) stays the same day everywhere. Outside a screen: UTC and British English.
 */
public final class Dates {

    private Dates() {
    }

    public static String day(Instant instant) {
        return day().format(instant.atZone(zone()));
    }

    public static String day(LocalDate date) {
        return day().format(date);
    }

    /** A moment as a day and a time where the viewer is: "Tue 15 Dec, 18:00", "Tue, Dec 15, 6:00 PM". */
    public static String dayAndTime(Instant instant) {
        ZonedDateTime local = instant.atZone(zone());
        return DateTimeFormatter.ofLocalizedPattern("MMMEd").withLocale(locale()).format(local) + ", "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(local);
    }

    /** How the viewer types a date, with the year in full: "31/12/2027", "12/31/2027", "31.12.2027". */
    public static String typedExample() {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale());
        String fullYear = pattern.contains("yyyy") ? pattern : pattern.replaceAll("y+", "yyyy");
        return DateTimeFormatter.ofPattern(fullYear, locale()).format(LocalDate.of(2027, 12, 31));
    }

    /** The viewer's language, in their browser's region where the two agree (see the screen's locale). */
    public static Locale locale() {
        return Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.UK);
    }

    /** The time zone the viewer's browser is in. */
    public static ZoneId zone() {
        return Optional.ofNullable(UI.getCurrent()).map(ui -> ui.getInternals().getExtendedClientDetails())
                .map(ExtendedClientDetails::getTimeZoneId).flatMap(Dates::zoneOf).orElse(ZoneOffset.UTC);
    }

    /** Minutes as time people read: "45 min", "1 h 30 min". */
    public static String minutes(double minutes) {
        long rounded = Math.round(minutes);
        long hours = rounded / 60;
        long rest = rounded % 60;
        if (hours == 0) {
            return Texts.t("time.minutes", rest);
        }
        return rest == 0 ? Texts.t("time.hours", hours) : Texts.t("time.hoursMinutes", hours, rest);
    }

    /** How long ago, as people say it: "just now", "5 min ago", "3 h ago", then the day. */
    public static String ago(Instant instant, Instant now) {
        Duration since = Duration.between(instant, now);
        if (since.toMinutes() < 1) {
            return Texts.t("time.justNow");
        }
        if (since.toHours() < 1) {
            return Texts.t("time.minutesAgo", since.toMinutes());
        }
        if (since.toDays() < 1) {
            return Texts.t("time.hoursAgo", since.toHours());
        }
        return day(instant);
    }

    private static DateTimeFormatter day() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
    }

    /** The time zone with this id, if there is one. */
    public static Optional<ZoneId> zoneOf(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(ZoneId.of(id));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
