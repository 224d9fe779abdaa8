package app.commonground.board;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface BoardItemRepository extends JpaRepository<BoardItem, UUID> {

    @Query("select i from BoardItem i where i.spaceId = :spaceId order by i.position")
    List<BoardItem> findBySpaceIdOrderByPositionAsc(UUID spaceId);

    /** Which space an item is in, without loading the item. */
    @Query("select i.spaceId from BoardItem i where i.id = :itemId")
    Optional<UUID> findSpaceIdById(UUID itemId);

    @Query("select coalesce(max(i.position), 0) from BoardItem i where i.spaceId = :spaceId and i.ownerId = :ownerId")
    int lastPositionOwnedBy(UUID spaceId, UUID ownerId);

    @Query("select coalesce(max(i.position), 0) from BoardItem i where i.spaceId = :spaceId and i.ownerId is null")
    int lastSharedPosition(UUID spaceId);
}
