package app.commonground.space;

import java.util.UUID;

/** A person in a space, as the viewer sees them. */
public record Member(UUID accountId, String name, SpaceRole role, boolean isViewer, MembershipStatus status) {

    /** A counsellor still waiting for both partners' consent. */
    public boolean pending() {
        return status == MembershipStatus.PENDING;
    }
}
