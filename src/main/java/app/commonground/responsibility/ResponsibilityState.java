package app.commonground.responsibility;

/** Proposed by one partner and waiting for the other, or agreed by both. */
public enum ResponsibilityState {
    PROPOSED,
    AGREED
}
