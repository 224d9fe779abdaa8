package app.commonground.responsibility;

/** The part of a shared life a responsibility belongs to. */
public enum Area {
    HOUSEHOLD("Household"),
    MONEY("Money"),
    EMOTIONAL_SUPPORT("Emotional support"),
    CARE("Care"),
    ADMIN("Admin"),
    OTHER("Other");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
