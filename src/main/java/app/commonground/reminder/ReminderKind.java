package app.commonground.reminder;

/** What can wake a person by email: something that waits for them, or that has come due. */
public enum ReminderKind {
    /** A responsibility, an outcome, a check-in time or a shared value to accept. */
    PROPOSAL,
    /** The partner asked them to take a responsibility over. */
    HAND_OVER,
    /** The partner put their words in their own words: "yes, you got it"? */
    RESTATEMENT,
    /** Both positions of a negotiation, or both check-ins, are revealed. */
    REVEAL,
    /** A counsellor asks to observe their space. */
    COUNSELLOR_REQUEST,
    /** An agreement, a boundary or a shared value is due for review. */
    REVIEW,
    /** The couple's agreed check-in time has come. */
    CHECKIN_TIME,
    /** A session with the counsellor is planned for the next day (partners and the counsellor alike). */
    SESSION;

    /** Whether the calendar brings it, rather than a partner's step. */
    boolean byTheCalendar() {
        return this == REVIEW || this == CHECKIN_TIME || this == SESSION;
    }
}
