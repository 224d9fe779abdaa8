package app.commonground.checkin;

/** What an appreciation may point at. */
public enum LinkKind {
    /** A goal or hobby on the board. */
    ITEM,
    RESPONSIBILITY
}
