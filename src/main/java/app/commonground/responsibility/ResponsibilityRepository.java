package app.commonground.responsibility;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface ResponsibilityRepository extends JpaRepository<Responsibility, UUID> {

    List<Responsibility> findBySpaceIdOrderByTitleAsc(UUID spaceId);
}
