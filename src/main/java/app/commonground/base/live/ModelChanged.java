package app.commonground.base.live;

import java.util.UUID;

/**
 * What a server tells the others after a change to a space: which part and aggregate changed, and the
 * space's revision. Ids and a number only, never content: each server that has the space open reads the
 * aggregate again, once.
 *
 * @param server the server that made the change (it applied the change itself already)
 * @param part   the part's state type ({@link SpacePart#type()}), by its class name
 */
public record ModelChanged(UUID spaceId, String server, long revision, String part, UUID aggregateId)
        implements SpaceEvent {
}
