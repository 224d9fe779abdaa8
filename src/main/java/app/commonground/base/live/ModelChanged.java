package app.commonground.base.live;

import java.util.List;
import java.util.UUID;

/**
 * What a server tells the others after a change to a space: which aggregates of which parts changed, and the
 * space's revisions it made. Ids and numbers only, never content: each server that has the space open reads
 * those aggregates again, once, in one read.
 *
 * @param server the server that made the change (it applied the change itself already)
 * @param first  the first revision the change made (one transaction may make several, one after the other);
 *               0 for what is not content (who is here)
 * @param last   the last revision it made
 */
public record ModelChanged(UUID spaceId, String server, long first, long last, List<Touched> changed)
        implements SpaceEvent {

    public ModelChanged {
        changed = List.copyOf(changed);
    }

    /**
     * One changed aggregate.
     *
     * @param part the part's state type ({@link SpacePart#type()}), by its class name
     * @param id   the aggregate; none: the part as a whole
     */
    public record Touched(String part, UUID id) {
    }
}
