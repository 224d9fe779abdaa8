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

    /** Someone declined or revoked as a counsellor joins as a partner by a partner's link: same row, new role. */
    void joinAsPartner(Instant now) {
        role = SpaceRole.PARTNER;
        status = MembershipStatus.ACTIVE;
        joinedAt = now;
    }

    /**
     * Consent comes from both partners of the space as it is now: a counsellor that one partner approved
     * while alone waits again, for the partner who just joined (the first partner's approval stays).
     */
    boolean awaitNewPartner() {
        if (role != SpaceRole.COUNSELLOR || status != MembershipStatus.ACTIVE) {
            return false;
        }
        status = MembershipStatus.PENDING;
        return true;
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
