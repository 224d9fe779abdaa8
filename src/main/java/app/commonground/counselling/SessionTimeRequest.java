package app.commonground.counselling;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner asking the counsellor for another time for the planned session, in a few words: a note, not a
 * change of the plan. One per partner and plan (asking again changes it); it goes with the plan.
 */
@Entity
@Table(name = "planned_session_request")
class SessionTimeRequest {

    @Id
    private UUID id;
    private UUID plannedSessionId;
    private UUID partnerId;
    private String words;
    private Instant askedAt;
    @Version
    private Long version;

    protected SessionTimeRequest() {
    }

    SessionTimeRequest(UUID plannedSessionId, UUID partnerId, String words, Instant now) {
        this.id = UUID.randomUUID();
        this.plannedSessionId = plannedSessionId;
        this.partnerId = partnerId;
        this.words = words;
        this.askedAt = now;
    }

    void askAgain(String newWords, Instant now) {
        words = newWords;
        askedAt = now;
    }

    NextSession.Request shared() {
        return new NextSession.Request(partnerId, askedAt, words);
    }

    UUID plannedSessionId() { return plannedSessionId; }
}
