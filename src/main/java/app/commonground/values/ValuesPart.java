package app.commonground.values;

import app.commonground.base.live.SpacePart;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Reads the values-and-boundaries part of a space's live model: all of it, or the one thing another server changed. */
@Component
class ValuesPart implements SpacePart<Values> {

    private final BoundaryRepository boundaries;
    private final ValuesPickRepository picks;
    private final SharedValueRepository shared;

    ValuesPart(BoundaryRepository boundaries, ValuesPickRepository picks, SharedValueRepository shared) {
        this.boundaries = boundaries;
        this.picks = picks;
        this.shared = shared;
    }

    @Override
    public Class<Values> type() {
        return Values.class;
    }

    @Override
    public Values load(UUID spaceId) {
        return Values.of(boundaries.findPublished(spaceId).stream().map(Boundary::shared).toList(),
                picks.findBySpaceId(spaceId).stream().map(ValuesPick::shared).toList(),
                shared.findBySpaceId(spaceId).stream().map(SharedValue::shared).toList());
    }

    @Override
    public UnaryOperator<Values> reread(UUID spaceId, UUID id) {
        Optional<Boundary> boundary = boundaries.findById(id).filter(b -> b.spaceId().equals(spaceId) && b.published());
        if (boundary.isPresent()) {
            Values.BoundaryItem item = boundary.get().shared();
            return all -> all.with(item);
        }
        Optional<ValuesPick> pick = picks.findById(id).filter(p -> p.spaceId().equals(spaceId));
        if (pick.isPresent()) {
            Values.Pick item = pick.get().shared();
            return all -> all.with(item);
        }
        Optional<Values.SharedItem> value = shared.findById(id).filter(v -> v.spaceId().equals(spaceId)).map(SharedValue::shared);
        if (value.isPresent()) {
            Values.SharedItem item = value.get();
            return all -> all.with(item);
        }
        return all -> all.without(id);
    }
}
