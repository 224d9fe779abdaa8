package app.commonground.counselling;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A session a counsellor held with the couple, on a day. */
@Entity
@Table(name = "counselling_session")
class CounsellingSession {

    @Id
    private UUID id;
    private UUID spaceId;
    private UUID counsellorId;
    private LocalDate heldOn;
    private Instant recordedAt;
    @Version
    private Long version;

    protected CounsellingSession() {
    }

    CounsellingSession(UUID spaceId, UUID counsellorId, LocalDate heldOn, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.counsellorId = counsellorId;
        this.heldOn = heldOn;
        this.recordedAt = now;
    }

    UUID id() { return id; }

    UUID spaceId() { return spaceId; }

    UUID counsellorId() { return counsellorId; }

    LocalDate heldOn() { return heldOn; }
}
