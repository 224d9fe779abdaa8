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
 */
public record BoardItemState(UUID id, long version, UUID ownerId, ItemKind kind, String title, String notes,
                             ItemStatus status, LocalDate targetDate, String support, int position, int revision,
                             Instant achievedAt, boolean archived, boolean hiddenFromCounsellor, UUID updatedBy,
                             Instant updatedAt) implements Aggregate {
}
