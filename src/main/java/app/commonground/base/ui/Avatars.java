package app.commonground.base.ui;

import com.vaadin.flow.component.avatar.Avatar;

import java.util.List;
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

    /** A member's avatar in their colour; someone no longer known (a deleted account) gets the plain figure. */
    public Avatar avatar(UUID accountId, String name) {
        int position = accountId == null ? -1 : members.indexOf(accountId);
        if (position < 0) {
            Avatar nobody = new Avatar();
            nobody.getElement().setAttribute("aria-label", name);
            return nobody;
        }
        Avatar avatar = new Avatar(name);
        avatar.setColorIndex(PALETTE[Math.floorMod(position, PALETTE.length)]);
        return avatar;
    }
}
