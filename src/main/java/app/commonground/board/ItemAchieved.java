package app.commonground.board;

import app.commonground.base.live.SpaceEvent;

import java.util.UUID;

/** An item was just marked achieved: every open screen celebrates it. */
public record ItemAchieved(UUID spaceId, UUID itemId) implements SpaceEvent {
}
