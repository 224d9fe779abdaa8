package app.commonground.board;

import app.commonground.base.live.SpaceEvent;

import java.util.UUID;

/** Someone opened or closed the space. */
public record PresenceChanged(UUID spaceId) implements SpaceEvent {
}
