package app.commonground.checkin;

import app.commonground.base.SpaceMoment;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface CheckinRepository extends JpaRepository<Checkin, UUID> {

    /** The space's latest check-in, open or done. */
    Optional<Checkin> findFirstBySpaceIdOrderByStartedAtDesc(UUID spaceId);

    /** The check-in before the one started at that moment, if any. */
    Optional<Checkin> findFirstBySpaceIdAndStartedAtBeforeOrderByStartedAtDesc(UUID spaceId, Instant startedAt);

    /** When the check-ins of these spaces revealed since {@code from} were revealed. */
    @Query("select new app.commonground.base.SpaceMoment(c.spaceId, c.revealedAt) from Checkin c "
            + "where c.spaceId in :spaceIds and c.revealedAt >= :from")
    List<SpaceMoment> findRevealedIn(Collection<UUID> spaceIds, Instant from);

    /** The check-ins revealed since {@code from}, oldest first. */
    List<Checkin> findBySpaceIdAndRevealedAtGreaterThanEqualOrderByRevealedAtAsc(UUID spaceId, Instant from);

    /** Which space a check-in is in, without loading it. */
    @Query("select c.spaceId from Checkin c where c.id = :id")
    Optional<UUID> findSpaceIdById(UUID id);

    /** One partner's own ratings of their submitted check-ins in a space, oldest first. */
    @Query("""
            select new app.commonground.checkin.CheckinViews$MyRatings(c.startedAt, a.connection, a.showedUp)
            from CheckinAnswer a join a.checkin c
            where c.spaceId = :spaceId and a.partnerId = :partnerId and a.submittedAt is not null
            order by c.startedAt""")
    List<CheckinViews.MyRatings> findRatings(UUID spaceId, UUID partnerId);
}
