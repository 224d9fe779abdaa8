package app.commonground.responsibility;

import app.commonground.base.live.SpaceEvent;

import java.util.UUID;

/** A responsibility was proposed, changed, agreed or handed over. */
public record ResponsibilitiesChanged(UUID spaceId, UUID responsibilityId) implements SpaceEvent {
}
