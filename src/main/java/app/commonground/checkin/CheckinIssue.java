package app.commonground.checkin;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An issue one partner raised in a check-in; it may go into a negotiation, once. */
@Entity
@Table(name = "checkin_issue")
class CheckinIssue {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checkin_id")
    private Checkin checkin;
    private UUID raisedBy;
    private Instant raisedAt;
    private String title;
    private String words;
    private UUID negotiationId;
    @Version
    private Long version;

    protected CheckinIssue() {
    }

    CheckinIssue(Checkin checkin, UUID raisedBy, NewIssue issue, Instant now) {
        this.id = UUID.randomUUID();
        this.checkin = checkin;
        this.raisedBy = raisedBy;
        this.raisedAt = now;
        this.title = issue.title();
        this.words = issue.words();
    }

    void wentInto(UUID negotiation) {
        negotiationId = negotiation;
    }

    UUID id() { return id; }

    UUID raisedBy() { return raisedBy; }

    Instant raisedAt() { return raisedAt; }

    String title() { return title; }

    String words() { return words; }

    UUID negotiationId() { return negotiationId; }
}
