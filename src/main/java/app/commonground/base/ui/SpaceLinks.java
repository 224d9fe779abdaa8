package app.commonground.base.ui;

import java.util.UUID;

/**
 * Addresses inside a space that any section can link to: the space page, opened on the section that holds
 * a responsibility, a board item or a negotiation, with that card scrolled into view and highlighted.
 */
public final class SpaceLinks {

    public static final String RESPONSIBILITY = "responsibility";
    public static final String ITEM = "item";
    public static final String NEGOTIATION = "negotiation";

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

    public static String negotiation(UUID spaceId, UUID negotiationId) {
        return space(spaceId) + "?" + NEGOTIATION + "=" + negotiationId;
    }
}
