package app.commonground.space;

/** Whether a membership gives access: partners are always active; a counsellor only with both partners' consent. */
public enum MembershipStatus {
    ACTIVE,
    /** A counsellor waiting for both partners' consent. */
    PENDING,
    /** A partner declined the counsellor. */
    DECLINED,
    /** A partner ended the counsellor's access. */
    REVOKED,
    /** A partner left the space, or a counsellor ended their own observing. */
    LEFT
}
