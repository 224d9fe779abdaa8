package app.commonground.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Who is here: the presence part of the space's live model, one entry per open screen (on any server), with the
 * item each screen is editing. Screen keys never leave the model: projections show people and items.
 */
public record Presence(List<Screen> screens) {

    public Presence {
        screens = List.copyOf(screens);
    }

    /** One open screen of the space. */
    public record Screen(String screenKey, UUID accountId, UUID editingItemId) {
    }

    Presence entered(String screenKey, UUID accountId) {
        List<Screen> changed = new ArrayList<>(left(screenKey).screens);
        changed.add(new Screen(screenKey, accountId, null));
        changed.sort(Comparator.comparing(Screen::screenKey));
        return new Presence(changed);
    }

    Presence left(String screenKey) {
        return new Presence(screens.stream().filter(s -> !s.screenKey().equals(screenKey)).toList());
    }

    Presence editing(String screenKey, UUID itemId) {
        return new Presence(screens.stream()
                .map(s -> s.screenKey().equals(screenKey) && !Objects.equals(s.editingItemId(), itemId)
                        ? new Screen(s.screenKey(), s.accountId(), itemId) : s)
                .toList());
    }
}
