package app.commonground.board;

import app.commonground.space.SpaceRole;

import java.util.UUID;

/** Someone who has the space open right now. */
public record PresentPerson(UUID accountId, String name, SpaceRole role) {

    public boolean observing() {
        return role == SpaceRole.COUNSELLOR;
    }
}
