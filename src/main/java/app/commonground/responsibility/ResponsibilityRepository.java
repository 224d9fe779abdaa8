package app.commonground.responsibility;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import java.util.UUID;

interface ResponsibilityRepository extends JpaRepository<Responsibility, UUID> {

    List<Responsibility> findBySpaceIdOrderByTitleAsc(UUID spaceId);

    /** Which space a responsibility is in, without loading it. */
    @Query("select r.spaceId from Responsibility r where r.id = :id")
    Optional<UUID> findSpaceIdById(UUID id);
}
