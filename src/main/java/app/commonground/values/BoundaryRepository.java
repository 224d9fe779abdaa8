package app.commonground.values;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface BoundaryRepository extends JpaRepository<Boundary, UUID> {

    @Query("select b from Boundary b where b.spaceId = :spaceId and b.publishedAt is not null order by b.publishedAt")
    List<Boundary> findPublished(UUID spaceId);

    @Query("select b from Boundary b where b.spaceId = :spaceId and b.authorId = :authorId and b.publishedAt is null order by b.id")
    List<Boundary> findDrafts(UUID spaceId, UUID authorId);

    @Query("select b.spaceId from Boundary b where b.id = :id")
    Optional<UUID> findSpaceIdById(UUID id);
}
