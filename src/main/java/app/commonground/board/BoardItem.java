package app.commonground.board;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A goal or hobby: in its owner's column, or shared when it has no owner. */
@Entity
@Table(name = "board_item")
class BoardItem {

    @Id
    private UUID id;
    private UUID spaceId;
    private UUID ownerId;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    private String title;
    private String notes;
    @Enumerated(EnumType.STRING)
    private ItemStatus status;
    private LocalDate targetDate;
    private String support;
    private int position;
    /** Counts content edits only: reordering or moving an item never makes someone's open edit stale. */
    private int revision;
    private Instant achievedAt;
    private Instant archivedAt;
    private boolean hiddenFromCounsellor;
    private UUID hiddenBy;
    private UUID createdBy;
    private Instant createdAt;
    private UUID updatedBy;
    private Instant updatedAt;
    @Version
    private Long version;

    protected BoardItem() {
    }

    BoardItem(UUID spaceId, UUID ownerId, ItemDraft draft, int position, UUID author, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.ownerId = ownerId;
        this.position = position;
        this.createdBy = author;
        this.createdAt = now;
        apply(draft, author, now);
    }

    /** Takes the draft's fields; reaching "achieved" stamps the moment, leaving it clears it. */
    void apply(ItemDraft draft, UUID editor, Instant now) {
        if (draft.status() == ItemStatus.ACHIEVED && status != ItemStatus.ACHIEVED) {
            achievedAt = now;
        } else if (draft.status() != ItemStatus.ACHIEVED) {
            achievedAt = null;
        }
        kind = draft.kind();
        title = draft.title();
        notes = draft.notes();
        status = draft.status();
        targetDate = draft.targetDate();
        support = draft.support();
        revision++;
        touch(editor, now);
    }

    void placeIn(UUID newOwner, int newPosition, UUID editor, Instant now) {
        ownerId = newOwner;
        position = newPosition;
        touch(editor, now);
    }

    void swapPositionWith(BoardItem neighbour) {
        int mine = position;
        position = neighbour.position;
        neighbour.position = mine;
    }

    void archive(UUID editor, Instant now) {
        archivedAt = now;
        touch(editor, now);
    }

    void restore(UUID editor, Instant now) {
        archivedAt = null;
        touch(editor, now);
    }

    private void touch(UUID editor, Instant now) {
        updatedBy = editor;
        updatedAt = now;
    }

    /** Keeps it from the counsellor, or shows it again; whoever kept it first stays the one who did. */
    void hideFromCounsellor(boolean hidden, UUID partner) {
        if (hidden && !hiddenFromCounsellor) {
            hiddenBy = partner;
        } else if (!hidden) {
            hiddenBy = null;
        }
        hiddenFromCounsellor = hidden;
    }

    boolean isHiddenFromCounsellor() {
        return hiddenFromCounsellor;
    }

    boolean isShared() {
        return ownerId == null;
    }

    boolean isArchived() {
        return archivedAt != null;
    }

    boolean isAchieved() {
        return status == ItemStatus.ACHIEVED;
    }

    /** The item as the space's live model holds it (after a flush: with its new version). */
    BoardItemState state() {
        return new BoardItemState(id, version == null ? 0 : version, ownerId, kind, title, notes, status, targetDate,
                support, position, revision, achievedAt, archivedAt != null, hiddenFromCounsellor, hiddenBy,
                updatedBy, updatedAt);
    }

    ItemDraft draft() {
        return new ItemDraft(kind, title, notes, status, targetDate, support);
    }

    UUID id() { return id; }

    UUID spaceId() { return spaceId; }

    UUID ownerId() { return ownerId; }

    ItemKind kind() { return kind; }

    String title() { return title; }

    String notes() { return notes; }

    ItemStatus status() { return status; }

    LocalDate targetDate() { return targetDate; }

    String support() { return support; }

    int position() { return position; }

    Instant achievedAt() { return achievedAt; }

    UUID updatedBy() { return updatedBy; }

    Instant updatedAt() { return updatedAt; }

    int revision() { return revision; }
}
