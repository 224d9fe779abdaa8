package app.commonground.space.ui;

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
}
