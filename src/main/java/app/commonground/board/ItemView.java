package app.commonground.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal or hobby as the viewer sees it.
 *
 * @param ownerId      the partner whose own item it is; empty for a shared item
 * @param ownerName    that partner's name; empty for a shared item
 * @param revision     what an edit must name, so that a save over someone else's newer save is refused
 * @param changeable   whether the viewer may change it
 * @param updatedByName who saved it last
 * @param hiddenFromCounsellor kept from the counsellor by its owner; a counsellor never receives such an item
 * @param viewerMayShow whether the viewer may show it to the counsellor again: their own item that they kept
 */
public record ItemView(UUID id, int revision, UUID ownerId, String ownerName, ItemKind kind, String title,
                       String notes, ItemStatus status, LocalDate targetDate, String support, Instant achievedAt,
                       boolean archived, boolean changeable, String updatedByName, Instant updatedAt,
                       boolean hiddenFromCounsellor, boolean viewerMayShow) {

    public boolean shared() {
        return ownerId == null;
    }

    public boolean achieved() {
        return status == ItemStatus.ACHIEVED;
    }

    /** The item's content, ready to edit. */
    public ItemDraft draft() {
        return new ItemDraft(kind, title, notes, status, targetDate, support);
    }
}
