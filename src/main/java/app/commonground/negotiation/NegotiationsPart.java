package app.commonground.negotiation;

import app.commonground.base.live.SpacePart;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.UnaryOperator;

/** Reads the negotiations for the space's live model, without the drafts: all at once, or one another server changed. */
@Component
class NegotiationsPart implements SpacePart<Negotiations> {

    private final NegotiationRepository negotiations;

    NegotiationsPart(NegotiationRepository negotiations) {
        this.negotiations = negotiations;
    }

    @Override
    public Class<Negotiations> type() {
        return Negotiations.class;
    }

    @Override
    public Negotiations load(UUID spaceId) {
        return Negotiations.of(negotiations.findBySpaceIdOrderByOpenedAtDesc(spaceId).stream()
                .map(Negotiation::shared).toList());
    }

    @Override
    public UnaryOperator<Negotiations> reread(UUID spaceId, UUID id) {
        return negotiations.findWithDraftsById(id).filter(n -> n.spaceId().equals(spaceId)).map(Negotiation::shared)
                .<UnaryOperator<Negotiations>>map(item -> all -> all.with(item))
                .orElse(all -> all.without(id));
    }
}
