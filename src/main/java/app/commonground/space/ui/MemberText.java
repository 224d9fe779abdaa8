package app.commonground.space.ui;

import app.commonground.base.ui.Texts;
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
            partners = Texts.t("space.members.waitingForPartner", partners);
        }
        String counsellors = details.counsellors().stream().map(MemberText::name).collect(Collectors.joining(", "));
        return counsellors.isEmpty() ? partners : Texts.t("space.members.observedBy", partners, counsellors);
    }

    private static String name(Member member) {
        return member.isViewer() ? Texts.t("space.members.you", member.name()) : member.name();
    }

    /** One step of the consent history: "Alex invited a counsellor", "Sam approved Dr. Rivera". */
    public static String consentStep(AccessRecords.ConsentStep step) {
        String counsellor = step.counsellorName() == null ? Texts.t("space.consent.aCounsellor") : step.counsellorName();
        return switch (step.change()) {
            case INVITED -> Texts.t("space.consent.invited", step.actorName());
            case ASKED -> Texts.t("space.consent.asked", step.actorName());
            case APPROVED -> Texts.t("space.consent.approved", step.actorName(), counsellor);
            case DECLINED -> Texts.t("space.consent.declined", step.actorName(), counsellor);
            case REVOKED -> Texts.t("space.consent.revoked", step.actorName(), counsellor);
            case AWAITS_NEW_PARTNER -> Texts.t("space.consent.awaitsNewPartner", counsellor);
            case ENDED -> Texts.t("space.consent.ended", step.actorName());
        };
    }
}
