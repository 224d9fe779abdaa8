package app.commonground.values;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface BoundaryRepository extends JpaRepository<Boundary, UUID> {

    /** When the boundaries of these spaces published since {@code from} were published, and whether shared with the counsellor. */
    @Query("select new app.commonground.values.BoundaryPublished(b.spaceId, b.publishedAt, b.sharedWithCounsellor) "
            + "from Boundary b where b.spaceId in :spaceIds and b.publishedAt >= :from")
    List<BoundaryPublished> findPublishedIn(Collection<UUID> spaceIds, Instant from);

    @Query("select b from Boundary b where b.spaceId = :spaceId and b.publishedAt is not null order by b.publishedAt")
    List<Boundary> findPublished(UUID spaceId);

    @Query("select b from Boundary b where b.spaceId = :spaceId and b.authorId = :authorId and b.publishedAt is null order by b.id")
    List<Boundary> findDrafts(UUID spaceId, UUID authorId);

    @Query("select b.spaceId from Boundary b where b.id = :id")
    Optional<UUID> findSpaceIdById(UUID id);
}
