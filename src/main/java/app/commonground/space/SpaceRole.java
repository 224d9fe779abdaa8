package app.commonground.space;

/** What a member may do in a space. */
public enum SpaceRole {
    /** One of the two people in the couple: reads and changes everything on the board. */
    PARTNER,
    /** An observer invited by the couple: reads, never changes. */
    COUNSELLOR
}
