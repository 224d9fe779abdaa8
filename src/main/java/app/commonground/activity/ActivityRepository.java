package app.commonground.activity;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

interface ActivityRepository extends JpaRepository<Activity, UUID> {

    @Query("select a from Activity a where a.spaceId = :spaceId order by a.occurredAt desc, a.id desc")
    List<Activity> findNewest(UUID spaceId, Pageable page);

    /** The newest lines a counsellor may see: none about an item its owner keeps from them. */
    @Query("""
            select a from Activity a
            where a.spaceId = :spaceId
              and a.keptFromCounsellor = false
              and (a.subjectId is null or a.subjectId not in (select i.id from BoardItem i where i.hiddenFromCounsellor = true))
            order by a.occurredAt desc, a.id desc""")
    List<Activity> findNewestForObserver(UUID spaceId, Pageable page);

    /** The lines of these kinds since {@code from}, oldest first. */
    @Query("""
            select a from Activity a
            where a.spaceId = :spaceId and a.occurredAt >= :from and a.kind in :kinds
            order by a.occurredAt, a.id""")
    List<Activity> findSince(UUID spaceId, Instant from, Collection<ActivityKind> kinds, Pageable page);

    /** The lines of these kinds in these spaces since {@code from}. */
    @Query("select a from Activity a where a.spaceId in :spaceIds and a.occurredAt >= :from and a.kind in :kinds")
    List<Activity> findSinceIn(Collection<UUID> spaceIds, Instant from, Collection<ActivityKind> kinds);

    /** The items kept from the counsellor in these spaces. */
    @Query("select new app.commonground.activity.HiddenItem(i.spaceId, i.id) from BoardItem i "
            + "where i.spaceId in :spaceIds and i.hiddenFromCounsellor = true")
    List<HiddenItem> findHiddenFromCounsellorIn(Collection<UUID> spaceIds);

    @Query("select a from Activity a where a.id = :lineId and a.spaceId = :spaceId")
    Optional<Activity> findLine(UUID lineId, UUID spaceId);

    @Query("select i.id from BoardItem i where i.spaceId = :spaceId and i.hiddenFromCounsellor = true")
    Set<UUID> findHiddenFromCounsellor(UUID spaceId);

    @Modifying
    @Query("delete from Activity a where a.spaceId = :spaceId and a.subjectId in :subjects")
    void deleteAbout(UUID spaceId, Collection<UUID> subjects);
}
