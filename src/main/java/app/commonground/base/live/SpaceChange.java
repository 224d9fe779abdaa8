package app.commonground.base.live;

import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A change a command made to one part of a space, published inside the command's transaction and applied to
 * this server's model of the space once it has committed. It carries content (what the command already
 * holds), so it never leaves this server: the other servers hear only the ids, as a {@link ModelChanged}.
 *
 * @param revision    the space's revision the change made; 0 for what is not content (who is here)
 * @param aggregateId the aggregate that changed (a goal, a responsibility…); none: the part as a whole
 * @param apply       the change to the part's state; none: read the aggregate again, here too
 */
public record SpaceChange<T>(UUID spaceId, long revision, Class<T> part, UUID aggregateId, UnaryOperator<T> apply)
        implements SpaceEvent {

    /** A change this server learns by reading the aggregate again, like the other servers. */
    public static <T> SpaceChange<T> reread(UUID spaceId, long revision, Class<T> part, UUID aggregateId) {
        return new SpaceChange<>(spaceId, revision, part, aggregateId, null);
    }
}
