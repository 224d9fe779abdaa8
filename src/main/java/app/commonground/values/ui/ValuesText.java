package app.commonground.values.ui;

import app.commonground.values.BoundaryKind;
import app.commonground.values.Feeling;

/** The words for a boundary's kind and a self-check's feeling. */
final class ValuesText {

    private ValuesText() {
    }

    static String kind(BoundaryKind kind) {
        return switch (kind) {
            case EMOTIONAL -> "Emotional";
            case MENTAL -> "Mental";
            case PHYSICAL -> "Physical";
            case ENERGETIC -> "Energy";
            case TIME -> "Time";
            case MATERIAL -> "Money and things";
        };
    }

    static String feeling(Feeling feeling) {
        return switch (feeling) {
            case HEALTHY -> "Feels healthy";
            case TOO_LOOSE -> "Too loose";
            case TOO_RIGID -> "Too rigid";
        };
    }

    /** "1st", "2nd"… or "not in their five". */
    static String rank(Integer rank) {
        if (rank == null) {
            return "not in their five";
        }
        return rank + switch (rank) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
