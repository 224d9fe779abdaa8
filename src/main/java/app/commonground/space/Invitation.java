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

/** A single-use link to join a space. Only a hash of its token is stored. */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "space_id")
    private Space space;
    @Enumerated(EnumType.STRING)
    private SpaceRole role;
    private String tokenHash;
    private UUID createdBy;
    private Instant createdAt;
    private Instant expiresAt;
    private UUID usedBy;
    private Instant usedAt;
    private Instant revokedAt;
    @Version
    private Long version;

    protected Invitation() {
    }

    Invitation(Space space, SpaceRole role, String tokenHash, UUID createdBy, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.space = space;
        this.role = role;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    InvitationStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        if (usedAt != null) {
            return InvitationStatus.USED;
        }
        if (!now.isBefore(expiresAt)) {
            return InvitationStatus.EXPIRED;
        }
        return InvitationStatus.VALID;
    }

    void markUsed(UUID accountId, Instant now) {
        this.usedBy = accountId;
        this.usedAt = now;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    UUID id() {
        return id;
    }

    Space space() {
        return space;
    }

    SpaceRole role() {
        return role;
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
