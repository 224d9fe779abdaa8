package app.commonground.space.ui;

import app.commonground.space.AccessRecords;
import app.commonground.space.Member;
import app.commonground.space.SpaceDetails;

import java.util.stream.Collectors;

/** Members in a sentence: "Alex & Sam · observed by Dr. Rivera". */
public final class MemberText {

    private MemberText() {
    }

    public static String describe(SpaceDetails details) {
        String partners = details.partners().stream().map(MemberText::name).collect(Collectors.joining(" & "));
        if (details.awaitingPartner()) {
            partners += " · waiting for a partner to join";
        }
        String counsellors = details.counsellors().stream().map(MemberText::name).collect(Collectors.joining(", "));
        return counsellors.isEmpty() ? partners : partners + " · observed by " + counsellors;
    }

    private static String name(Member member) {
        return member.isViewer() ? member.name() + " (you)" : member.name();
    }

    /** One step of the consent history: "Alex invited a counsellor", "Sam approved Dr. Rivera". */
    public static String consentStep(AccessRecords.ConsentStep step) {
        String counsellor = step.counsellorName() == null ? "a counsellor" : step.counsellorName();
        return switch (step.change()) {
            case INVITED -> step.actorName() + " invited a counsellor";
            case ASKED -> step.actorName() + " asked to observe";
            case APPROVED -> step.actorName() + " approved " + counsellor;
            case DECLINED -> step.actorName() + " declined " + counsellor;
            case REVOKED -> step.actorName() + " ended " + counsellor + "'s access";
            case AWAITS_NEW_PARTNER -> counsellor + " waits for the new partner's consent";
            case ENDED -> step.actorName() + " stopped observing";
        };
    }
}
