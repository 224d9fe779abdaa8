package app.commonground.base.live;

import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * One feature's part of a space's live model (the board, the responsibilities, who is here…): how to read it
 * whole when the first screen of the space opens on this server, and how to re-read the one aggregate that
 * another server changed. Both run in a read-only transaction, as the server itself: what a person may see of
 * the part is decided afterwards, by the feature's projection for that viewer.
 * <p>
 * A part never holds private text (drafts, unshared answers, self-checks): the model is shared by every
 * screen of the space on this server.
 *
 * @param <T> the part's immutable state; the model keeps one value per type
 */
public interface SpacePart<T> {

    /** The state's type, which names the part in the model and in notices between servers. */
    Class<T> type();

    /** The part of this space, read whole. */
    T load(UUID spaceId);

    /**
     * One aggregate of the part read again, as a change to apply to the current state (an aggregate that is
     * gone, or is no longer in the part, is removed; an older copy never replaces a newer one).
     *
     * The part as a whole is read again by {@link #load}.
     *
     * @param aggregateId the aggregate that changed
     */
    UnaryOperator<T> reread(UUID spaceId, UUID aggregateId);
}
