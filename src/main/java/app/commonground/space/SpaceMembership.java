package app.commonground.space;

import java.util.UUID;

/** The caller's standing in one space, as {@link SpaceAccess} found it. */
public record SpaceMembership(UUID spaceId, UUID accountId, SpaceRole role) {

    /** The caller as a viewer of the space: what the one visibility rule asks about. */
    public Viewer viewer() {
        return new Viewer(accountId, role);
    }
}
