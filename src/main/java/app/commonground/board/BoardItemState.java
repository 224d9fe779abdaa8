package app.commonground.board;

import app.commonground.base.live.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One goal or hobby as the space's live model holds it: everything about it, before any viewer's projection.
 *
 * @param version  the stored version: a copy with a lower one is older and never replaces this one
 * @param ownerId  the partner whose own item it is; none for a shared item
 * @param revision the content revision an edit must name
 * @param hiddenBy the partner who kept it from the counsellor; none if they deleted their account
 */
public record BoardItemState(UUID id, long version, UUID ownerId, ItemKind kind, String title, String notes,
                             ItemStatus status, LocalDate targetDate, String support, int position, int revision,
                             Instant achievedAt, boolean archived, boolean hiddenFromCounsellor, UUID hiddenBy,
                             UUID updatedBy, Instant updatedAt) implements Aggregate {

    /**
     * Whether {@code partner} may show it to the counsellor again: the partner who kept it from them, also after
     * the other partner took it into their own column, decides (or anyone, once that partner deleted their account).
     */
    public boolean showableBy(UUID partner) {
        return hiddenFromCounsellor && (hiddenBy == null || hiddenBy.equals(partner));
    }
}
