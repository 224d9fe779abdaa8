package app.commonground.counselling;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface SessionTimeRequestRepository extends JpaRepository<SessionTimeRequest, UUID> {

    List<SessionTimeRequest> findByPlannedSessionIdInOrderByAskedAt(Collection<UUID> plannedSessionIds);

    Optional<SessionTimeRequest> findByPlannedSessionIdAndPartnerId(UUID plannedSessionId, UUID partnerId);
}
