package app.commonground.board;

/** Where an item stands. */
public enum ItemStatus {
    IDEA("Idea"),
    ACTIVE("Active"),
    ACHIEVED("Achieved"),
    PAUSED("Paused");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
