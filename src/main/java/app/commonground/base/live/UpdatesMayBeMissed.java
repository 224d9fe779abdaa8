package app.commonground.base.live;

import java.util.UUID;

/**
 * This server may have missed changes of the space (its link to the other servers was down for a while):
 * every open screen of the space reloads everything it shows.
 */
public record UpdatesMayBeMissed(UUID spaceId) implements SpaceEvent {
}
