package app.commonground.board;

import app.commonground.security.CurrentUser;
import app.commonground.space.SpaceAccess;
import app.commonground.space.SpaceMembership;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has which space open right now, screen by screen, and which item each screen is editing. One person
 * with two tabs open is present once, and stays present until their last screen closes.
 */
@Service
public class PresenceService {

    private record Screen(PresentPerson person, UUID editing) {
    }

    private final Map<UUID, Map<String, Screen>> screensBySpace = new ConcurrentHashMap<>();
    private final SpaceAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    PresenceService(SpaceAccess access, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Marks the caller present in the space through one screen.
     *
     * @param screenKey identifies the screen (browser tab) the caller opened the space in
     */
    public void enter(UUID spaceId, String screenKey) {
        SpaceMembership membership = access.requireReader(spaceId);
        PresentPerson person = new PresentPerson(membership.accountId(), currentUser.require().displayName(),
                membership.role());
        screens(spaceId).put(screenKey, new Screen(person, null));
        changed(spaceId);
    }

    /** Marks that the caller's screen has this item's editor open. Partners only. */
    public void startEditing(UUID spaceId, String screenKey, UUID itemId) {
        access.requireEditor(spaceId);
        screens(spaceId).computeIfPresent(screenKey, (key, screen) -> new Screen(screen.person(), itemId));
        changed(spaceId);
    }

    /** Marks that the caller's screen closed its editor. Needs no check, like {@link #leave}. */
    public void stopEditing(UUID spaceId, String screenKey) {
        Screen before = screens(spaceId).computeIfPresent(screenKey, (key, screen) -> new Screen(screen.person(), null));
        if (before != null) {
            changed(spaceId);
        }
    }

    /**
     * Marks a screen closed. Needs no access check: it only removes what {@link #enter} put under a
     * key that only that screen knows, and it also runs when a session ends with nobody signed in.
     */
    public void leave(UUID spaceId, String screenKey) {
        Map<String, Screen> screens = screensBySpace.get(spaceId);
        if (screens != null && screens.remove(screenKey) != null) {
            screensBySpace.computeIfPresent(spaceId, (id, s) -> s.isEmpty() ? null : s);
            changed(spaceId);
        }
    }

    /** The people who have the space open, partners first, each once. Members only. */
    public List<PresentPerson> whoIsHere(UUID spaceId) {
        access.requireReader(spaceId);
        Map<UUID, PresentPerson> people = new LinkedHashMap<>();
        screensBySpace.getOrDefault(spaceId, Map.of()).values()
                .forEach(screen -> people.putIfAbsent(screen.person().accountId(), screen.person()));
        return people.values().stream()
                .sorted(Comparator.comparing(PresentPerson::observing).thenComparing(PresentPerson::name))
                .toList();
    }

    /** Which items have an editor open right now, and whose. Members only. */
    public List<EditingMarker> whoIsEditing(UUID spaceId) {
        access.requireReader(spaceId);
        return screensBySpace.getOrDefault(spaceId, Map.of()).values().stream()
                .filter(screen -> screen.editing() != null)
                .map(screen -> new EditingMarker(screen.editing(), screen.person().accountId(), screen.person().name()))
                .distinct()
                .toList();
    }

    private Map<String, Screen> screens(UUID spaceId) {
        return screensBySpace.computeIfAbsent(spaceId, id -> new ConcurrentHashMap<>());
    }

    private void changed(UUID spaceId) {
        events.publishEvent(new PresenceChanged(spaceId));
    }
}
