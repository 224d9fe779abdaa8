package app.commonground.checkin;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/**
 * When the couple meet for their check-in: a day, a rough time and how often. One partner proposes it, the
 * other accepts; a new proposal (to change it) waits for the other's acceptance again.
 */
@Entity
@Table(name = "checkin_rhythm")
class CheckinRhythm {

    @Id
    private UUID spaceId;
    @Enumerated(EnumType.STRING)
    private DayOfWeek dayOfWeek;
    private LocalTime timeOfDay;
    private int everyWeeks;
    private UUID proposedBy;
    private UUID agreedBy;
    private Instant agreedAt;
    private long revision;
    @Version
    private Long version;

    protected CheckinRhythm() {
    }

    CheckinRhythm(UUID spaceId) {
        this.spaceId = spaceId;
    }

    void propose(UUID partner, RhythmProposal proposal, long spaceRevision) {
        dayOfWeek = proposal.day();
        timeOfDay = proposal.time();
        everyWeeks = proposal.everyWeeks();
        proposedBy = partner;
        agreedBy = null;
        agreedAt = null;
        revision = spaceRevision;
    }

    void agree(UUID partner, Instant now, long spaceRevision) {
        if (proposedBy == null) {
            throw new CheckinStepException("refused.checkin.rhythm.nothingProposed");
        }
        if (agreedAt != null) {
            throw new CheckinStepException("refused.agreedAlready");
        }
        if (partner.equals(proposedBy)) {
            throw new CheckinStepException("refused.checkin.rhythm.ownProposal");
        }
        agreedBy = partner;
        agreedAt = now;
        revision = spaceRevision;
    }

    Checkins.Rhythm shared() {
        return new Checkins.Rhythm(revision, dayOfWeek, timeOfDay, everyWeeks, proposedBy, agreedBy, agreedAt);
    }

    UUID spaceId() { return spaceId; }
}
