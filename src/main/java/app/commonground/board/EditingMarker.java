package app.commonground.board;

import java.util.UUID;

/** "Sam is editing…": someone has this item's editor open right now. */
public record EditingMarker(UUID itemId, UUID accountId, String name) {
}
