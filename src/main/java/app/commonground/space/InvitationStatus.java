package app.commonground.space;

/** Whether an invitation link can still be used, and if not, why. */
public enum InvitationStatus {
    VALID,
    EXPIRED,
    USED,
    REVOKED,
    /** No invitation has this token. */
    UNKNOWN,
    /** The space already has two partners. */
    SPACE_FULL,
    /** The person opening it already belongs to the space. */
    ALREADY_MEMBER
}
