package app.commonground.negotiation;

import app.commonground.base.live.SpacePart;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The negotiations' part of the space's live model, for now only a count of their changes: the section
 * reads them through {@link NegotiationService} when the count moves. Reading it costs nothing.
 */
public record NegotiationChanges(long count) {

    NegotiationChanges next() {
        return new NegotiationChanges(count + 1);
    }

    @Component
    static class Part implements SpacePart<NegotiationChanges> {

        @Override
        public Class<NegotiationChanges> type() {
            return NegotiationChanges.class;
        }

        @Override
        public NegotiationChanges load(UUID spaceId) {
            return new NegotiationChanges(0);
        }

        @Override
        public UnaryOperator<NegotiationChanges> reread(UUID spaceId, UUID negotiationId) {
            return NegotiationChanges::next;
        }
    }
}
