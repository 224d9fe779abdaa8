package app.commonground.values;

import app.commonground.negotiation.MirrorStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One partner's boundary: a private draft until its author publishes it; then the other partner acknowledges it
 * by restating it, and its author answers "yes, you got it" or "not quite". Only its author changes or withdraws
 * it; a change asks for a new acknowledgement.
 */
@Entity
@Table(name = "boundary")
class Boundary {

    @Id
    private UUID id;
    private UUID spaceId;
    private UUID authorId;
    @Enumerated(EnumType.STRING)
    private BoundaryKind kind;
    private String words;
    private Instant publishedAt;
    private boolean sharedWithCounsellor;
    private LocalDate reviewDate;
    private String restatement;
    @Enumerated(EnumType.STRING)
    private MirrorStatus status;
    private String correction;
    private UUID negotiationId;
    private int contentRevision;
    private long revision;
    @Version
    private Long version;

    protected Boundary() {
    }

    Boundary(UUID spaceId, UUID authorId, BoundaryDraft draft) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.authorId = authorId;
        write(draft);
    }

    void change(UUID partner, int expectedRevision, BoundaryDraft draft) {
        requireAuthor(partner, "refused.boundary.notAuthor.change");
        if (expectedRevision != contentRevision) {
            throw new ValuesStepException("refused.boundary.changedElsewhere");
        }
        write(draft);
        contentRevision++;
        if (published()) {
            restatement = null;
            correction = null;
            status = MirrorStatus.WRITING;
        }
    }

    void publish(UUID partner, Instant now) {
        requireAuthor(partner, "refused.boundary.notAuthor.publish");
        if (published()) {
            throw new ValuesStepException("refused.boundary.published");
        }
        publishedAt = now;
        status = MirrorStatus.WRITING;
    }

    void requireAuthor(UUID partner, String otherwise) {
        if (!authorId.equals(partner)) {
            throw new ValuesStepException(otherwise);
        }
    }

    void restate(UUID partner, int expectedRevision, String text) {
        requireListener(partner);
        if (expectedRevision != contentRevision) {
            throw new ValuesStepException("refused.boundary.changedWhileWriting");
        }
        if (status != MirrorStatus.WRITING && status != MirrorStatus.CORRECTED) {
            throw new ValuesStepException(status == MirrorStatus.CONFIRMED ? "refused.restatement.confirmed"
                    : "refused.restatement.unanswered");
        }
        restatement = text;
        status = MirrorStatus.WAITING;
    }

    void answer(UUID partner, boolean gotIt, String note) {
        requireAuthor(partner, "refused.boundary.notAuthor.answer");
        if (status != MirrorStatus.WAITING) {
            throw new ValuesStepException("refused.restatement.none");
        }
        status = gotIt ? MirrorStatus.CONFIRMED : MirrorStatus.CORRECTED;
        correction = gotIt ? null : note;
    }

    /** Refuses asking to talk about it to its author, or twice. */
    void requireTalkable(UUID partner) {
        requireListener(partner);
        if (negotiationId != null) {
            throw new ValuesStepException("refused.boundary.inNegotiation");
        }
    }

    void talkAbout(UUID partner, UUID negotiation) {
        requireTalkable(partner);
        negotiationId = negotiation;
    }

    private void requireListener(UUID partner) {
        if (!published()) {
            throw new ValuesStepException("refused.boundary.notPublished");
        }
        if (authorId.equals(partner)) {
            throw new ValuesStepException("refused.boundary.ownAcknowledge");
        }
    }

    private void write(BoundaryDraft draft) {
        kind = draft.kind();
        words = draft.text();
        sharedWithCounsellor = draft.sharedWithCounsellor();
        reviewDate = draft.reviewDate();
    }

    void changedIn(long spaceRevision) {
        revision = spaceRevision;
    }

    /** The boundary as both partners share it once published. */
    Values.BoundaryItem shared() {
        return new Values.BoundaryItem(id, revision, authorId, kind, words, publishedAt, sharedWithCounsellor,
                reviewDate, restatement, status, correction, negotiationId, contentRevision);
    }

    /** The boundary as its author sees it while it is a draft. */
    ValuesViews.MyDraft draft() {
        return new ValuesViews.MyDraft(id, contentRevision, kind, words, sharedWithCounsellor, reviewDate);
    }

    boolean published() {
        return publishedAt != null;
    }

    UUID id() { return id; }

    UUID spaceId() { return spaceId; }

    UUID authorId() { return authorId; }

    BoundaryKind kind() { return kind; }

    String words() { return words; }
}
