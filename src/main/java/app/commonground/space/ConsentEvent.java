package app.commonground.space;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a space's consent history: who invited, asked, approved, declined or revoked, and when. Written
 * once, never changed or removed (no setter here, no update or delete in its repository).
 */
@Entity
@Immutable
@Table(name = "consent_event")
class ConsentEvent {

    @Id
    private UUID id;
    private UUID spaceId;
    private UUID actorId;
    private UUID counsellorId;
    @Enumerated(EnumType.STRING)
    @Column(name = "change")
    private CounsellorAccessChanged.Change change;
    private Instant happenedAt;

    protected ConsentEvent() {
    }

    ConsentEvent(CounsellorAccessChanged changed, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = changed.spaceId();
        this.actorId = changed.actorId();
        this.counsellorId = changed.counsellorId();
        this.change = changed.change();
        this.happenedAt = now;
    }

    AccessRecords.ConsentStep step(SpaceMembers names) {
        return new AccessRecords.ConsentStep(happenedAt, names.nameOf(actorId), change,
                counsellorId == null ? null : names.nameOf(counsellorId));
    }
}
