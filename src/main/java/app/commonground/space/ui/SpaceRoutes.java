package app.commonground.space.ui;

import app.commonground.base.ui.SpaceLinks;
import app.commonground.space.SpaceDetails;
import app.commonground.space.SpaceNotFoundException;
import app.commonground.space.SpaceService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;

import java.util.Optional;
import java.util.UUID;

/**
 * Opens the space named in a route. An address that is not a space id, and a space the visitor does not
 * belong to, both end on the same "not found" page.
 */
public final class SpaceRoutes {

    public static final String SPACE_ID = "spaceId";

    private SpaceRoutes() {
    }

    /** The space in the route as the visitor may see it, or empty after rerouting to "not found". */
    public static Optional<SpaceDetails> open(BeforeEnterEvent event, SpaceService spaces) {
        try {
            UUID spaceId = UUID.fromString(event.getRouteParameters().get(SPACE_ID).orElse(""));
            return Optional.of(spaces.details(spaceId));
        } catch (IllegalArgumentException | SpaceNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }

    /** The space a route names, if it names one. */
    public static Optional<UUID> spaceIn(RouteParameters route) {
        try {
            return route.get(SPACE_ID).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    public static String spacePath(UUID spaceId) {
        return SpaceLinks.space(spaceId);
    }

    public static String settingsPath(UUID spaceId) {
        return SpaceLinks.space(spaceId) + "/settings";
    }
}
