package app.commonground.base.live;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Everything of one space that its open screens show, as one immutable value: each change makes a new model.
 * Shared by every screen of the space on this server; each screen projects what its viewer may see of it.
 *
 * @param revision the space's revision it reflects: the count of changes made to the space's content
 * @param sequence this server's count of the model's versions, so a screen never goes back to an older one
 */
public record SpaceModel(UUID spaceId, long revision, long sequence, Map<Class<?>, Object> parts) {

    public SpaceModel {
        parts = Map.copyOf(parts);
    }

    /** This model's value of one part. */
    public <T> T get(Class<T> type) {
        Object part = parts.get(type);
        if (part == null) {
            throw new IllegalArgumentException("The space model has no part " + type.getSimpleName());
        }
        return type.cast(part);
    }

    <T> SpaceModel with(Class<T> type, UnaryOperator<T> change) {
        Map<Class<?>, Object> changed = new HashMap<>(parts);
        changed.put(type, change.apply(get(type)));
        return new SpaceModel(spaceId, revision, sequence + 1, changed);
    }

    SpaceModel atRevision(long newRevision) {
        return new SpaceModel(spaceId, newRevision, sequence, parts);
    }

    /** Whether {@code other} holds the very same values of these parts: a section showing only them has nothing new. */
    public boolean sameParts(SpaceModel other, Class<?>... types) {
        if (other == null) {
            return false;
        }
        for (Class<?> type : types) {
            if (get(type) != other.get(type)) {
                return false;
            }
        }
        return true;
    }
}
