package app.commonground.board;

import app.commonground.base.live.SpaceEvent;

import java.util.UUID;

/** An item was added, changed, moved, archived or restored. */
public record BoardChanged(UUID spaceId, UUID itemId) implements SpaceEvent {
}
