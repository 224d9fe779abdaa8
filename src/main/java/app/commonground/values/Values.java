package app.commonground.values;

import app.commonground.base.live.Aggregate;
import app.commonground.negotiation.MirrorStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The values-and-boundaries part of the space's live model, as both partners share it: published boundaries,
 * whether each partner's core values are ready (the values themselves once revealed) and the shared values.
 * Boundary drafts, unrevealed values and self-checks are never in it.
 */
public record Values(Map<UUID, BoundaryItem> boundaries, Map<UUID, Pick> picks, Map<UUID, SharedItem> shared) {

    public Values {
        boundaries = Map.copyOf(boundaries);
        picks = Map.copyOf(picks);
        shared = Map.copyOf(shared);
    }

    /** A published boundary and where its acknowledgement stands. */
    public record BoundaryItem(UUID id, long version, UUID authorId, BoundaryKind kind, String text,
                               Instant publishedAt, boolean sharedWithCounsellor, LocalDate reviewDate,
                               String restatement, MirrorStatus status, String correction, UUID negotiationId,
                               int contentRevision) implements Aggregate {
    }

    /** One partner's core values: whether they are ready, and the values once both were. */
    public record Pick(UUID id, long version, UUID partnerId, boolean ready, List<String> values,
                       boolean sharedWithCounsellor, Instant revealedAt) implements Aggregate {

        public Pick {
            values = List.copyOf(values);
        }

        public boolean revealed() {
            return revealedAt != null;
        }
    }

    /** A value the couple share, proposed or agreed. */
    public record SharedItem(UUID id, long version, String name, String meaning, List<UUID> goalIds,
                             LocalDate reviewDate, boolean sharedWithCounsellor, boolean sharingAsked,
                             UUID proposedBy, UUID agreedBy, Instant agreedAt, int contentRevision)
            implements Aggregate {

        public SharedItem {
            goalIds = List.copyOf(goalIds);
        }

        /** Agreed by the other partner (who may have deleted their account since, leaving no id). */
        public boolean agreed() {
            return agreedAt != null;
        }
    }

    static Values of(List<BoundaryItem> boundaries, List<Pick> picks, List<SharedItem> shared) {
        return new Values(byId(boundaries, BoundaryItem::id), byId(picks, Pick::id), byId(shared, SharedItem::id));
    }

    private static <T> Map<UUID, T> byId(List<T> all, Function<T, UUID> id) {
        return all.stream().collect(Collectors.toMap(id, item -> item));
    }

    Values with(BoundaryItem item) {
        return new Values(Aggregate.with(boundaries, item), picks, shared);
    }

    Values with(Pick pick) {
        return new Values(boundaries, Aggregate.with(picks, pick), shared);
    }

    Values with(SharedItem item) {
        return new Values(boundaries, picks, Aggregate.with(shared, item));
    }

    /** Without whatever has this id: a boundary withdrawn, or never published. */
    Values without(UUID id) {
        Map<UUID, BoundaryItem> b = Aggregate.without(boundaries, id);
        Map<UUID, Pick> p = Aggregate.without(picks, id);
        Map<UUID, SharedItem> s = Aggregate.without(shared, id);
        return b == boundaries && p == picks && s == shared ? this : new Values(b, p, s);
    }
}
