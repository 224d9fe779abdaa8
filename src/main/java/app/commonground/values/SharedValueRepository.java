package app.commonground.values;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface SharedValueRepository extends JpaRepository<SharedValue, UUID> {

    List<SharedValue> findBySpaceId(UUID spaceId);

    @Query("select v.spaceId from SharedValue v where v.id = :id")
    Optional<UUID> findSpaceIdById(UUID id);
}
