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
 * Who has which space open right now, screen by screen: one person with two tabs open is present
 * once, and stays present until their last screen closes.
 */
@Service
public class PresenceService {

    private final Map<UUID, Map<String, PresentPerson>> screensBySpace = new ConcurrentHashMap<>();
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
        screensBySpace.computeIfAbsent(spaceId, id -> new ConcurrentHashMap<>()).put(screenKey, person);
        events.publishEvent(new PresenceChanged(spaceId));
    }

    /**
     * Marks a screen closed. Needs no access check: it only removes what {@link #enter} put under a
     * key that only that screen knows, and it also runs when a session ends with nobody signed in.
     */
    public void leave(UUID spaceId, String screenKey) {
        Map<String, PresentPerson> screens = screensBySpace.get(spaceId);
        if (screens != null && screens.remove(screenKey) != null) {
            screensBySpace.computeIfPresent(spaceId, (id, s) -> s.isEmpty() ? null : s);
            events.publishEvent(new PresenceChanged(spaceId));
        }
    }

    /** The people who have the space open, partners first, each once. Members only. */
    public List<PresentPerson> whoIsHere(UUID spaceId) {
        access.requireReader(spaceId);
        Map<UUID, PresentPerson> people = new LinkedHashMap<>();
        screensBySpace.getOrDefault(spaceId, Map.of()).values()
                .forEach(person -> people.putIfAbsent(person.accountId(), person));
        return people.values().stream()
                .sorted(Comparator.comparing(PresentPerson::observing).thenComparing(PresentPerson::name))
                .toList();
    }
}
