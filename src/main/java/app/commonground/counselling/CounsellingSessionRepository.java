package app.commonground.counselling;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

interface CounsellingSessionRepository extends JpaRepository<CounsellingSession, UUID> {

    List<CounsellingSession> findBySpaceIdOrderByHeldOnDesc(UUID spaceId);

    boolean existsBySpaceIdAndCounsellorIdAndHeldOn(UUID spaceId, UUID counsellorId, LocalDate heldOn);
}
