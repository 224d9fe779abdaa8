package app.commonground.checkin.ui;

import app.commonground.checkin.CheckinViews.RhythmView;

import java.time.format.TextStyle;
import java.util.Locale;

/** The check-in's rhythm in words: "every Sunday around 19:00". */
final class RhythmText {

    private RhythmText() {
    }

    static String of(RhythmView rhythm) {
        return (rhythm.everyWeeks() == 2 ? "every other " : "every ")
                + rhythm.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " around " + rhythm.time();
    }
}
