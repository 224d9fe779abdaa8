package app.commonground.checkin.ui;

import app.commonground.checkin.CheckinViews.AgendaLine;

/** One agenda line in words: "Sam achieved “Run a half marathon”". */
final class AgendaText {

    private AgendaText() {
    }

    static String of(AgendaLine line) {
        String title = "“" + line.title() + "”";
        return switch (line.kind()) {
            case GOAL_ACHIEVED -> line.byName() + " marked " + title + " achieved";
            case RESPONSIBILITY_AGREED -> title + " was agreed";
            case RESPONSIBILITY_CHANGED -> title + " changed";
            case RESPONSIBILITY_HANDED_OVER -> line.byName() + " took over " + title;
            case OUTCOME_DUE_FOR_REVIEW -> "The agreement in " + title + " is due for review";
            case BOUNDARY_DUE_FOR_REVIEW -> "A boundary is due for another look: " + title;
            case VALUE_DUE_FOR_REVIEW -> "The shared value " + title + " is due for another look";
            case LAST_WISH -> line.byName() + " wished last time: " + title;
        };
    }
}
