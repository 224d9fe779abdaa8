package app.commonground.activity;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface ActivityRepository extends JpaRepository<Activity, UUID> {

    @Query("""
            select new app.commonground.activity.ActivityEntry(a.id, a.actorId, p.displayName, a.description, a.occurredAt)
            from Activity a, Account p
            where p.id = a.actorId and a.spaceId = :spaceId
            order by a.occurredAt desc, a.id desc""")
    List<ActivityEntry> findNewest(UUID spaceId, Pageable page);

    @Query("""
            select new app.commonground.activity.ActivityEntry(a.id, a.actorId, p.displayName, a.description, a.occurredAt)
            from Activity a, Account p
            where p.id = a.actorId and a.spaceId = :spaceId
              and (a.itemId is null or a.itemId not in (select i.id from BoardItem i where i.hiddenFromCounsellor = true))
            order by a.occurredAt desc, a.id desc""")
    List<ActivityEntry> findNewestForObserver(UUID spaceId, Pageable page);

    String LINES = """
            select new app.commonground.activity.ActivityLine(a.id, a.actorId, p.displayName, a.itemId, a.description, a.occurredAt)
            from Activity a left join Account p on p.id = a.actorId
            """;

    @Query(LINES + " where a.spaceId = :spaceId order by a.occurredAt desc, a.id desc")
    List<ActivityLine> findNewestLines(UUID spaceId, Pageable page);

    @Query(LINES + " where a.id = :lineId and a.spaceId = :spaceId")
    Optional<ActivityLine> findLine(UUID lineId, UUID spaceId);

    @Query("select a.displayName from Account a where a.id = :accountId")
    String nameOf(UUID accountId);
}
