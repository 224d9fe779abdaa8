package app.commonground.negotiation;

/** Where a negotiation stands. */
public enum NegotiationStep {
    DRAFT, MIRROR, OPTIONS, AGREED
}
