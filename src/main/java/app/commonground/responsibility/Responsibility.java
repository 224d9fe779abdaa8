package app.commonground.responsibility;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * One item of the agreed list. It is proposed by one partner until the other accepts it; any change makes
 * it proposed again, by whoever changed it. A hand-over moves the owner only when the new owner accepts.
 */
@Entity
@Table(name = "responsibility")
class Responsibility {

    @Id
    private UUID id;
    private UUID spaceId;
    private String title;
    @Enumerated(EnumType.STRING)
    private Area area;
    private UUID ownerId;
    @Enumerated(EnumType.STRING)
    private Cadence cadence;
    private String doneMeans;
    private int minutesPerWeek;
    private String notes;
    @Enumerated(EnumType.STRING)
    private ResponsibilityState state;
    private UUID proposedBy;
    private Instant proposedAt;
    private UUID agreedBy;
    private Instant agreedAt;
    private String lastChange;
    private UUID handOverTo;
    /** Counts content changes, which an open edit or an acceptance must have seen. */
    private int revision;
    @Version
    private Long version;

    protected Responsibility() {
    }

    Responsibility(UUID spaceId, ResponsibilityDraft draft, UUID proposer, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        take(draft);
        this.state = ResponsibilityState.PROPOSED;
        this.proposedBy = proposer;
        this.proposedAt = now;
    }

    /**
     * A change by {@code editor}: proposed again, by them, until the other partner accepts.
     *
     * @param whatChanged what changed, as {@link LastChange} stores it
     */
    void change(ResponsibilityDraft draft, UUID editor, String whatChanged, Instant now) {
        take(draft);
        state = ResponsibilityState.PROPOSED;
        proposedBy = editor;
        proposedAt = now;
        agreedBy = null;
        agreedAt = null;
        lastChange = whatChanged;
        handOverTo = null;
        revision++;
    }

    void accept(UUID partner, Instant now) {
        state = ResponsibilityState.AGREED;
        agreedBy = partner;
        agreedAt = now;
    }

    void askHandOverTo(UUID partner) {
        handOverTo = partner;
    }

    void handOver(Instant now) {
        ownerId = handOverTo;
        handOverTo = null;
        agreedBy = ownerId;
        agreedAt = now;
        revision++;
    }

    void declineHandOver() {
        handOverTo = null;
    }

    private void take(ResponsibilityDraft draft) {
        title = draft.title();
        area = draft.area();
        ownerId = draft.ownerId();
        cadence = draft.cadence();
        doneMeans = draft.doneMeans();
        minutesPerWeek = draft.minutesPerWeek();
        notes = draft.notes();
    }

    /** The responsibility as the space's live model holds it (after a flush: with its new version). */
    Responsibilities.Item copy() {
        return new Responsibilities.Item(id, version == null ? 0 : version, title, area, ownerId, cadence, doneMeans,
                minutesPerWeek, notes, state, proposedBy, agreedBy, agreedAt, lastChange, handOverTo, revision);
    }

    ResponsibilityDraft draft() {
        return new ResponsibilityDraft(title, area, ownerId, cadence, doneMeans, minutesPerWeek, notes);
    }

    boolean isAgreed() {
        return state == ResponsibilityState.AGREED;
    }

    UUID id() { return id; }

    UUID spaceId() { return spaceId; }

    String title() { return title; }

    Area area() { return area; }

    UUID ownerId() { return ownerId; }

    Cadence cadence() { return cadence; }

    String doneMeans() { return doneMeans; }

    int minutesPerWeek() { return minutesPerWeek; }

    String notes() { return notes; }

    ResponsibilityState state() { return state; }

    UUID proposedBy() { return proposedBy; }

    UUID agreedBy() { return agreedBy; }

    Instant agreedAt() { return agreedAt; }

    String lastChange() { return lastChange; }

    UUID handOverTo() { return handOverTo; }

    int revision() { return revision; }
}
