package app.commonground.space;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One partner's answer to a counsellor's request to observe. */
@Entity
@Table(name = "consent")
class Consent {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_id")
    private Membership membership;
    private UUID partnerId;
    private boolean approved;
    private Instant decidedAt;
    @Version
    private Long version;

    protected Consent() {
    }

    Consent(Membership membership, UUID partnerId, boolean approved, Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.membership = membership;
        this.partnerId = partnerId;
        this.approved = approved;
        this.decidedAt = decidedAt;
    }

    UUID partnerId() { return partnerId; }

    boolean approved() { return approved; }
}
