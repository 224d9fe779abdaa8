package app.commonground.board;

/** Where an item stands. */
public enum ItemStatus {
    IDEA, ACTIVE, ACHIEVED, PAUSED
}
