package app.commonground.responsibility;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The responsibilities' part of the space's live model: every responsibility of the space, as stored. */
public record Responsibilities(Map<UUID, Item> items) {

    public Responsibilities {
        items = Map.copyOf(items);
    }

    /** One responsibility as the model holds it, before any viewer's projection. */
    public record Item(UUID id, long version, String title, Area area, UUID ownerId, Cadence cadence,
                       String doneMeans, int minutesPerWeek, String notes, ResponsibilityState state,
                       UUID proposedBy, UUID agreedBy, Instant agreedAt, String lastChange, UUID handOverTo,
                       int revision) {

        boolean agreed() {
            return state == ResponsibilityState.AGREED;
        }
    }

    static Responsibilities of(List<Item> items) {
        return new Responsibilities(items.stream().collect(Collectors.toMap(Item::id, item -> item)));
    }

    /** With this copy of a responsibility, unless the model already holds a newer one. */
    Responsibilities with(Item item) {
        Item current = items.get(item.id());
        if (current != null && current.version() >= item.version()) {
            return this;
        }
        Map<UUID, Item> changed = new HashMap<>(items);
        changed.put(item.id(), item);
        return new Responsibilities(changed);
    }

    Responsibilities without(UUID id) {
        if (!items.containsKey(id)) {
            return this;
        }
        Map<UUID, Item> changed = new HashMap<>(items);
        changed.remove(id);
        return new Responsibilities(changed);
    }
}
