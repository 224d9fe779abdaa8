package app.commonground.base.ui;

import com.vaadin.flow.component.avatar.Avatar;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Avatars in which each member of a space keeps one colour, distinct from the others': the colour
 * follows the order in which people joined, not a hash, so two partners never share one.
 */
public final class Avatars {

    private static final int[] PALETTE = {2, 3, 6, 1, 5, 0, 4};

    private final List<UUID> members;

    /** @param members the space's members in the order they joined */
    public Avatars(List<UUID> members) {
        this.members = List.copyOf(members);
    }

    public Avatar avatar(UUID accountId, String name) {
        Avatar avatar = new Avatar(name);
        int position = accountId == null ? -1 : members.indexOf(accountId);
        avatar.setColorIndex(PALETTE[Math.floorMod(position < 0 ? Objects.hashCode(accountId) : position, PALETTE.length)]);
        return avatar;
    }
}
