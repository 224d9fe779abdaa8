package app.commonground.space.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

import java.util.Optional;
import java.util.UUID;

/** Reads the space id from a route; an address that is not a space id is simply not found. */
final class SpaceRoutes {

    static final String SPACE_ID = "spaceId";

    private SpaceRoutes() {
    }

    static Optional<UUID> spaceId(BeforeEnterEvent event) {
        try {
            return event.getRouteParameters().get(SPACE_ID).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    static void notFound(BeforeEnterEvent event) {
        event.rerouteToError(NotFoundException.class);
    }

    static String spacePath(UUID spaceId) {
        return "spaces/" + spaceId;
    }

    static String settingsPath(UUID spaceId) {
        return "spaces/" + spaceId + "/settings";
    }
}
