package app.commonground.space;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    @Query("select i from Invitation i join fetch i.space where i.tokenHash = :tokenHash")
    Optional<Invitation> findByTokenHash(String tokenHash);

    @Query("""
            select i from Invitation i
            where i.space.id = :spaceId and i.usedAt is null and i.revokedAt is null and i.expiresAt > :now
            order by i.createdAt desc""")
    List<Invitation> findOpen(UUID spaceId, Instant now);

    Optional<Invitation> findByIdAndSpaceId(UUID id, UUID spaceId);
}
