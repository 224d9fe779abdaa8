package app.commonground.negotiation;

/** Where a negotiation stands. */
public enum NegotiationStep {
    DRAFT("Private drafts"),
    MIRROR("Did I get that right?"),
    OPTIONS("Options"),
    AGREED("Agreed");

    private final String label;

    NegotiationStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
