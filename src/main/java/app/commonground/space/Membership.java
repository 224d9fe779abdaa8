package app.commonground.space;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "membership")
class Membership {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "space_id")
    private Space space;
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    private SpaceRole role;
    private Instant joinedAt;
    @Enumerated(EnumType.STRING)
    private MembershipStatus status;
    @Version
    private Long version;

    protected Membership() {
    }

    Membership(Space space, UUID accountId, SpaceRole role, Instant joinedAt) {
        this.id = UUID.randomUUID();
        this.space = space;
        this.accountId = accountId;
        this.role = role;
        this.joinedAt = joinedAt;
        this.status = role == SpaceRole.PARTNER ? MembershipStatus.ACTIVE : MembershipStatus.PENDING;
    }

    /** A counsellor asks again after a decline or a revocation: pending until both partners consent. */
    void askAgain(Instant now) {
        status = MembershipStatus.PENDING;
        joinedAt = now;
    }

    void setStatus(MembershipStatus status) {
        this.status = status;
    }

    MembershipStatus status() {
        return status;
    }

    UUID id() {
        return id;
    }

    Space space() {
        return space;
    }

    UUID accountId() {
        return accountId;
    }

    SpaceRole role() {
        return role;
    }
}
