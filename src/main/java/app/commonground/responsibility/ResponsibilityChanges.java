package app.commonground.responsibility;

import app.commonground.base.live.SpacePart;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The responsibilities' part of the space's live model, for now only a count of their changes: the section
 * reads the list through {@link ResponsibilityService} when the count moves. Reading it costs nothing.
 */
public record ResponsibilityChanges(long count) {

    @Component
    static class Part implements SpacePart<ResponsibilityChanges> {

        @Override
        public Class<ResponsibilityChanges> type() {
            return ResponsibilityChanges.class;
        }

        @Override
        public ResponsibilityChanges load(UUID spaceId) {
            return new ResponsibilityChanges(0);
        }

        @Override
        public UnaryOperator<ResponsibilityChanges> reread(UUID spaceId, UUID responsibilityId) {
            return changes -> new ResponsibilityChanges(changes.count() + 1);
        }
    }
}
