package app.commonground.negotiation;

/** One restatement of a partner's core needs, on its way to "yes, you got it". */
public enum MirrorStatus {
    /** The listener has not restated yet, or is trying again after a correction. */
    WRITING,
    /** Restated; the speaker answers. */
    WAITING,
    CONFIRMED,
    /** "Not quite": the speaker corrected it and the listener tries again. */
    CORRECTED
}
