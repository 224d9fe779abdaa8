package app.commonground.space;

import app.commonground.base.live.SpaceEvent;

import java.util.UUID;

/** Someone joined or left a space. */
public record MembersChanged(UUID spaceId) implements SpaceEvent {
}
