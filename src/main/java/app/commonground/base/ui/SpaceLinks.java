package app.commonground.base.ui;

import java.util.Locale;
import java.util.UUID;

/**
 * Addresses inside a space that any section can link to: the space page, opened on one of its sections, or on
 * the section that holds a responsibility (its card scrolled into view and highlighted), a board item (open in its
 * editor) or a negotiation (open).
 */
public final class SpaceLinks {

    public static final String TAB = "tab";
    public static final String RESPONSIBILITY = "responsibility";
    public static final String ITEM = "item";
    public static final String NEGOTIATION = "negotiation";

    /** The sections of the space page, by the name an address gives them ({@code ?tab=checkin}). */
    public enum Section {
        BOARD, RESPONSIBILITIES, NEGOTIATIONS, CHECKIN, VALUES, SESSIONS;

        /** The section's name in an address. */
        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private SpaceLinks() {
    }

    public static String space(UUID spaceId) {
        return "spaces/" + spaceId;
    }

    public static String section(UUID spaceId, Section section) {
        return space(spaceId) + "?" + TAB + "=" + section.param();
    }

    /** "Since our last session" of the space. */
    public static String since(UUID spaceId) {
        return space(spaceId) + "/since";
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
