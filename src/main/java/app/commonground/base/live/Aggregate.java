package app.commonground.base.live;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** One aggregate held in a part of a space's model: a goal, a responsibility… with its stored version. */
public interface Aggregate {

    UUID id();

    /** The stored version: a copy with a lower one is older. */
    long version();

    /** {@code all} with this copy of an aggregate, unless it already holds a newer one (the same map then). */
    static <T extends Aggregate> Map<UUID, T> with(Map<UUID, T> all, T aggregate) {
        T current = all.get(aggregate.id());
        if (current != null && current.version() >= aggregate.version()) {
            return all;
        }
        Map<UUID, T> changed = new HashMap<>(all);
        changed.put(aggregate.id(), aggregate);
        return changed;
    }

    /** {@code all} without the aggregate {@code id} (the same map if it was not there). */
    static <T extends Aggregate> Map<UUID, T> without(Map<UUID, T> all, UUID id) {
        if (!all.containsKey(id)) {
            return all;
        }
        Map<UUID, T> changed = new HashMap<>(all);
        changed.remove(id);
        return changed;
    }
}
