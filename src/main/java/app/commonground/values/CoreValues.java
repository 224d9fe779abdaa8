package app.commonground.values;

import java.util.List;

/** The values a partner picks from (or writes their own), and how many. */
public final class CoreValues {

    /** Five at most: the ones that matter most. */
    public static final int MAX_PICKS = 5;
    public static final int MAX_LENGTH = 40;

    /** About forty values people often name, to pick from. */
    public static final List<String> CATALOGUE = List.of("Adventure", "Autonomy", "Balance", "Beauty", "Calm",
            "Community", "Compassion", "Courage", "Creativity", "Curiosity", "Faith", "Fairness", "Family",
            "Financial security", "Freedom", "Friendship", "Fun", "Generosity", "Growth", "Health", "Home",
            "Honesty", "Humour", "Independence", "Intimacy", "Kindness", "Learning", "Loyalty", "Nature", "Openness",
            "Patience", "Play", "Respect", "Responsibility", "Security", "Simplicity", "Spirituality", "Tradition",
            "Travel", "Trust", "Work that matters");

    private CoreValues() {
    }
}
