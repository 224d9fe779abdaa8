package app.commonground.negotiation.ui;

import app.commonground.negotiation.NegotiationStep;

import static app.commonground.base.ui.Texts.t;

/** A negotiation's step in the viewer's words: "Private drafts", "Did I get that right?"… */
public final class StepText {

    private StepText() {
    }

    public static String of(NegotiationStep step) {
        return switch (step) {
            case DRAFT -> t("negotiation.step.draft");
            case MIRROR -> t("negotiation.step.mirror");
            case OPTIONS -> t("negotiation.step.options");
            case AGREED -> t("negotiation.step.agreed");
        };
    }
}
