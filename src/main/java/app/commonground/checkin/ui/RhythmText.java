package app.commonground.checkin.ui;

import app.commonground.base.ui.Dates;
import app.commonground.checkin.CheckinViews.RhythmView;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;

import static app.commonground.base.ui.Texts.t;

/**
 * The check-in's rhythm in the viewer's words, with the day's name in their language and the time as they read
 * it: "every Sunday around 19:00", "jeden zweiten Sonntag gegen 19:00".
 */
final class RhythmText {

    private RhythmText() {
    }

    /** The rhythm within a sentence: "every Sunday around 19:00". */
    static String of(RhythmView rhythm) {
        return t(rhythm.everyWeeks() == 2 ? "checkin.rhythm.fortnightly" : "checkin.rhythm.weekly",
                day(rhythm), time(rhythm.time()));
    }

    /** The rhythm as a sentence of its own: "Every Sunday around 19:00". */
    static String alone(RhythmView rhythm) {
        return t(rhythm.everyWeeks() == 2 ? "checkin.rhythm.agreed.fortnightly" : "checkin.rhythm.agreed.weekly",
                day(rhythm), time(rhythm.time()));
    }

    private static String day(RhythmView rhythm) {
        return rhythm.day().getDisplayName(TextStyle.FULL, Dates.locale());
    }

    /** A time of day as the viewer's language shows it: "19:00", "7:00 PM". */
    static String time(LocalTime time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Dates.locale()).format(time);
    }
}
