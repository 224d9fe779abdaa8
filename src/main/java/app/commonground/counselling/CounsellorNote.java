package app.commonground.counselling;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A counsellor's own note about a space (and maybe one session): only its author ever reads it. */
@Entity
@Table(name = "counsellor_note")
class CounsellorNote {

    @Id
    private UUID id;
    private UUID spaceId;
    private UUID counsellorId;
    private UUID sessionId;
    private String words;
    private Instant writtenAt;
    private Instant changedAt;
    @Version
    private Long version;

    protected CounsellorNote() {
    }

    CounsellorNote(UUID spaceId, UUID counsellorId, UUID sessionId, String words, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.counsellorId = counsellorId;
        this.sessionId = sessionId;
        this.words = words;
        this.writtenAt = now;
        this.changedAt = now;
    }

    void change(long expectedVersion, String newWords, Instant now) {
        if (version != expectedVersion) {
            throw new CounsellingStepException("refused.counselling.note.changedElsewhere");
        }
        words = newWords;
        changedAt = now;
    }

    CounsellingViews.Note view() {
        return new CounsellingViews.Note(id, version, sessionId, words, writtenAt, changedAt);
    }

    UUID counsellorId() { return counsellorId; }

    UUID spaceId() { return spaceId; }
}
