package app.commonground.board;

import app.commonground.space.SpaceMembers;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Who is here and what they are editing, as everyone in the space sees it: a pure function of the model. */
public final class PresenceProjection {

    private PresenceProjection() {
    }

    /** People with the space open (partners first, each person once) and the items with an editor open. */
    public static SpacePresence of(Presence presence, SpaceMembers members) {
        Map<UUID, PresentPerson> people = new LinkedHashMap<>();
        List<Presence.Screen> screens = presence.screens().stream()
                .filter(screen -> members.viewer(screen.accountId()).isPresent()).toList();
        screens.forEach(screen -> people.computeIfAbsent(screen.accountId(), id -> person(id, members).orElseThrow()));
        List<PresentPerson> here = people.values().stream()
                .sorted(Comparator.comparing(PresentPerson::observing).thenComparing(PresentPerson::name))
                .toList();
        List<EditingMarker> editing = screens.stream()
                .filter(screen -> screen.editingItemId() != null)
                .map(screen -> new EditingMarker(screen.editingItemId(), screen.accountId(),
                        members.nameOf(screen.accountId())))
                .distinct()
                .toList();
        return new SpacePresence(here, editing);
    }

    private static Optional<PresentPerson> person(UUID accountId, SpaceMembers members) {
        return members.viewer(accountId).map(viewer -> new PresentPerson(accountId, members.nameOf(accountId),
                viewer.role()));
    }
}
