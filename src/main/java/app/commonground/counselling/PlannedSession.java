package app.commonground.counselling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The next session a counsellor planned with the couple: a moment, and the time zone the counsellor planned it in
 * (so their own day of it is known). One per space; planning again replaces it, with a new id.
 */
@Entity
@Table(name = "planned_session")
class PlannedSession {

    @Id
    private UUID id;
    private UUID spaceId;
    private UUID counsellorId;
    private Instant startsAt;
    @Column(name = "time_zone")
    private String zone;
    private Instant plannedAt;
    @Version
    private Long version;

    protected PlannedSession() {
    }

    PlannedSession(UUID spaceId, UUID counsellorId, Instant startsAt, ZoneId zone, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.counsellorId = counsellorId;
        this.startsAt = startsAt;
        this.zone = zone.getId();
        this.plannedAt = now;
    }

    /** The plan as the space's live model holds it, with the partners' requests for another time. */
    NextSession.Plan plan(List<SessionTimeRequest> requests) {
        return new NextSession.Plan(id, counsellorId, startsAt, zone(), requests.stream()
                .filter(request -> request.plannedSessionId().equals(id)).map(SessionTimeRequest::shared).toList());
    }

    UUID id() { return id; }

    UUID spaceId() { return spaceId; }

    UUID counsellorId() { return counsellorId; }

    Instant startsAt() { return startsAt; }

    ZoneId zone() { return ZoneId.of(zone); }
}
