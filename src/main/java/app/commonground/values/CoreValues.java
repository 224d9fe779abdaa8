package app.commonground.values;

import java.util.List;

/** The values a partner picks from (or writes their own), and how many. */
public final class CoreValues {

    /** Five at most: the ones that matter most. */
    public static final int MAX_PICKS = 5;
    public static final int MAX_LENGTH = 40;

    /*
     * The values of the list, each kept by its English name wherever someone picked it (screens show it in the
     * viewer's language; a value someone wrote themselves is kept and shown as they wrote it).
     */
    public static final String ADVENTURE = "Adventure";
    public static final String AUTONOMY = "Autonomy";
    public static final String BALANCE = "Balance";
    public static final String BEAUTY = "Beauty";
    public static final String CALM = "Calm";
    public static final String COMMUNITY = "Community";
    public static final String COMPASSION = "Compassion";
    public static final String COURAGE = "Courage";
    public static final String CREATIVITY = "Creativity";
    public static final String CURIOSITY = "Curiosity";
    public static final String FAITH = "Faith";
    public static final String FAIRNESS = "Fairness";
    public static final String FAMILY = "Family";
    public static final String FINANCIAL_SECURITY = "Financial security";
    public static final String FREEDOM = "Freedom";
    public static final String FRIENDSHIP = "Friendship";
    public static final String FUN = "Fun";
    public static final String GENEROSITY = "Generosity";
    public static final String GROWTH = "Growth";
    public static final String HEALTH = "Health";
    public static final String HOME = "Home";
    public static final String HONESTY = "Honesty";
    public static final String HUMOUR = "Humour";
    public static final String INDEPENDENCE = "Independence";
    public static final String INTIMACY = "Intimacy";
    public static final String KINDNESS = "Kindness";
    public static final String LEARNING = "Learning";
    public static final String LOYALTY = "Loyalty";
    public static final String NATURE = "Nature";
    public static final String OPENNESS = "Openness";
    public static final String PATIENCE = "Patience";
    public static final String PLAY = "Play";
    public static final String RESPECT = "Respect";
    public static final String RESPONSIBILITY = "Responsibility";
    public static final String SECURITY = "Security";
    public static final String SIMPLICITY = "Simplicity";
    public static final String SPIRITUALITY = "Spirituality";
    public static final String TRADITION = "Tradition";
    public static final String TRAVEL = "Travel";
    public static final String TRUST = "Trust";
    public static final String WORK_THAT_MATTERS = "Work that matters";

    /** About forty values people often name, to pick from. */
    public static final List<String> CATALOGUE = List.of(
            ADVENTURE, AUTONOMY, BALANCE, BEAUTY, CALM, COMMUNITY, COMPASSION, COURAGE, CREATIVITY, CURIOSITY, FAITH,
            FAIRNESS, FAMILY, FINANCIAL_SECURITY, FREEDOM, FRIENDSHIP, FUN, GENEROSITY, GROWTH, HEALTH, HOME, HONESTY,
            HUMOUR, INDEPENDENCE, INTIMACY, KINDNESS, LEARNING, LOYALTY, NATURE, OPENNESS, PATIENCE, PLAY, RESPECT,
            RESPONSIBILITY, SECURITY, SIMPLICITY, SPIRITUALITY, TRADITION, TRAVEL, TRUST, WORK_THAT_MATTERS);

    private CoreValues() {
    }
}
