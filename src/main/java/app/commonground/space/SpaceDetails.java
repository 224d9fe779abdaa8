package app.commonground.space;

import java.util.List;
import java.util.UUID;

/** A space with its members, as the viewing member may see it. */
public record SpaceDetails(UUID id, String name, SpaceRole viewerRole, List<Member> members) {

    public List<Member> partners() {
        return members.stream().filter(m -> m.role() == SpaceRole.PARTNER).toList();
    }

    /** Counsellors who observe with both partners' consent. */
    public List<Member> counsellors() {
        return members.stream().filter(m -> m.role() == SpaceRole.COUNSELLOR && !m.pending()).toList();
    }

    /** Counsellors who asked to observe and wait for consent. */
    public List<Member> pendingCounsellors() {
        return members.stream().filter(Member::pending).toList();
    }

    /** The viewing member's account. */
    public UUID viewerId() {
        return members.stream().filter(Member::isViewer).findFirst().orElseThrow().accountId();
    }

    /** A member's name; someone who has left is "A former member". */
    public String nameOf(UUID accountId) {
        return members.stream().filter(m -> m.accountId().equals(accountId)).map(Member::name).findFirst()
                .orElse("A former member");
    }

    /** Whether the viewer may change things here. */
    public boolean viewerIsPartner() {
        return viewerRole == SpaceRole.PARTNER;
    }

    /** Whether the couple is still waiting for its second partner. */
    public boolean awaitingPartner() {
        return partners().size() < 2;
    }
}
