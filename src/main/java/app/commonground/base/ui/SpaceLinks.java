package app.commonground.base.ui;

import java.util.UUID;

/**
 * Addresses inside a space that any section can link to: the space page, opened on the section that holds
 * a responsibility or a board item, with that card scrolled into view and highlighted.
 */
public final class SpaceLinks {

    public static final String RESPONSIBILITY = "responsibility";
    public static final String ITEM = "item";

    private SpaceLinks() {
    }

    public static String space(UUID spaceId) {
        return "spaces/" + spaceId;
    }

    public static String responsibility(UUID spaceId, UUID responsibilityId) {
        return space(spaceId) + "?" + RESPONSIBILITY + "=" + responsibilityId;
    }

    public static String item(UUID spaceId, UUID itemId) {
        return space(spaceId) + "?" + ITEM + "=" + itemId;
    }
}
