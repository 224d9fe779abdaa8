package app.commonground.counselling;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface CounsellingSessionRepository extends JpaRepository<CounsellingSession, UUID> {

    /** The day of the newest session held in each of these spaces that had one. */
    @Query("select new app.commonground.counselling.LastSession(s.spaceId, max(s.heldOn)) from CounsellingSession s "
            + "where s.spaceId in :spaceIds group by s.spaceId")
    List<LastSession> findLastIn(Collection<UUID> spaceIds);

    List<CounsellingSession> findBySpaceIdOrderByHeldOnDesc(UUID spaceId);

    boolean existsBySpaceIdAndCounsellorIdAndHeldOn(UUID spaceId, UUID counsellorId, LocalDate heldOn);
}
