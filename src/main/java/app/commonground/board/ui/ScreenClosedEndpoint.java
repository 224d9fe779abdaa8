package app.commonground.board.ui;

import app.commonground.board.PresenceService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * A screen of a space saying, as its page goes (closed, reloaded, or left for another site), that its person is no
 * longer there, so the others see them leave at once. Vaadin says so too, but drops its word when a request of the
 * page was still on its way and the navigation cut it off; then the screen would linger for minutes. The screen's
 * key, which only that screen knows, is all this needs: it only removes what that screen put there.
 */
@RestController
public class ScreenClosedEndpoint {

    static final String PATH = "presence/closed/";

    private final PresenceService presence;

    ScreenClosedEndpoint(PresenceService presence) {
        this.presence = presence;
    }

    @PostMapping("/" + PATH + "{spaceId}/{screenKey}")
    ResponseEntity<Void> closed(@PathVariable UUID spaceId, @PathVariable UUID screenKey) {
        presence.leave(spaceId, screenKey.toString());
        return ResponseEntity.noContent().build();
    }

    /** Where a screen's page says it goes (relative to the app). */
    public static String address(UUID spaceId, String screenKey) {
        return PATH + spaceId + "/" + screenKey;
    }
}
