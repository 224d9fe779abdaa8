package app.commonground.responsibility;

import app.commonground.base.live.Aggregate;

import java.time.Instant;
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
                       int revision) implements Aggregate {

        boolean agreed() {
            return state == ResponsibilityState.AGREED;
        }
    }

    static Responsibilities of(List<Item> items) {
        return new Responsibilities(items.stream().collect(Collectors.toMap(Item::id, item -> item)));
    }

    /** With this copy of a responsibility, unless the model already holds a newer one. */
    Responsibilities with(Item item) {
        Map<UUID, Item> changed = Aggregate.with(items, item);
        return changed == items ? this : new Responsibilities(changed);
    }

    Responsibilities without(UUID id) {
        Map<UUID, Item> changed = Aggregate.without(items, id);
        return changed == items ? this : new Responsibilities(changed);
    }
}
