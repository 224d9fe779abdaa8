package app.commonground.responsibility;

import app.commonground.base.live.SpacePart;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.UnaryOperator;

/** Reads the responsibilities for the space's live model: all at once, or the one another server changed. */
@Component
class ResponsibilitiesPart implements SpacePart<Responsibilities> {

    private final ResponsibilityRepository responsibilities;

    ResponsibilitiesPart(ResponsibilityRepository responsibilities) {
        this.responsibilities = responsibilities;
    }

    @Override
    public Class<Responsibilities> type() {
        return Responsibilities.class;
    }

    @Override
    public Responsibilities load(UUID spaceId) {
        return Responsibilities.of(responsibilities.findBySpaceIdOrderByTitleAsc(spaceId).stream()
                .map(Responsibility::copy).toList());
    }

    @Override
    public UnaryOperator<Responsibilities> reread(UUID spaceId, UUID id) {
        return responsibilities.findById(id).filter(item -> item.spaceId().equals(spaceId)).map(Responsibility::copy)
                .<UnaryOperator<Responsibilities>>map(item -> all -> all.with(item))
                .orElse(all -> all.without(id));
    }
}
