package app.commonground.base.ui;

import com.vaadin.flow.component.avatar.Avatar;

import java.util.UUID;

/** A person's avatar, in the same colour wherever they appear. */
public final class Avatars {

    private Avatars() {
    }

    public static Avatar of(UUID accountId, String name) {
        Avatar avatar = new Avatar(name);
        avatar.setColorIndex(Math.floorMod(accountId.hashCode(), 7));
        return avatar;
    }
}
