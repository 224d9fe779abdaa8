package app.commonground.counselling;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface PlannedSessionRepository extends JpaRepository<PlannedSession, UUID> {

    Optional<PlannedSession> findBySpaceId(UUID spaceId);

    /** The plans of many spaces in one read (a counsellor's caseload). */
    List<PlannedSession> findBySpaceIdIn(Collection<UUID> spaceIds);
}
