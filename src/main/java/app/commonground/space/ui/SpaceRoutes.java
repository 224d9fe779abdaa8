package app.commonground.space.ui;

import app.commonground.base.ui.SpaceLinks;
import app.commonground.space.SpaceDetails;
import app.commonground.space.SpaceNotFoundException;
import app.commonground.space.SpaceService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

import java.util.Optional;
import java.util.UUID;

/**
 * Opens the space named in a route. An address that is not a space id, and a space the visitor does not
 * belong to, both end on the same "not found" page.
 */
final class SpaceRoutes {

    static final String SPACE_ID = "spaceId";

    private SpaceRoutes() {
    }

    /** The space in the route as the visitor may see it, or empty after rerouting to "not found". */
    static Optional<SpaceDetails> open(BeforeEnterEvent event, SpaceService spaces) {
        try {
            UUID spaceId = UUID.fromString(event.getRouteParameters().get(SPACE_ID).orElse(""));
            return Optional.of(spaces.details(spaceId));
        } catch (IllegalArgumentException | SpaceNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }

    static String spacePath(UUID spaceId) {
        return SpaceLinks.space(spaceId);
    }

    static String settingsPath(UUID spaceId) {
        return SpaceLinks.space(spaceId) + "/settings";
    }
}
