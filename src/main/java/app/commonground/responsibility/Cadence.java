package app.commonground.responsibility;

/** How often a responsibility comes round. */
public enum Cadence {
    DAILY("Daily"),
    WEEKLY("Weekly"),
    MONTHLY("Monthly"),
    OCCASIONALLY("Occasionally");

    private final String label;

    Cadence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
