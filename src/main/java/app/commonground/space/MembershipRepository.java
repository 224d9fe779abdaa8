package app.commonground.space;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

    Optional<Membership> findBySpaceIdAndAccountId(UUID spaceId, UUID accountId);

    /**
     * The membership, locked until the transaction ends: both partners' answers to a counsellor's request are
     * counted one after the other, so two approvals at the same moment still let the counsellor in.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Membership m where m.space.id = :spaceId and m.accountId = :accountId")
    Optional<Membership> lockBySpaceIdAndAccountId(UUID spaceId, UUID accountId);

    /** What the access check needs, and nothing more: asked on every read, so kept to one small row. */
    @Query("select new app.commonground.space.MemberAccess(m.role, m.status) from Membership m "
            + "where m.space.id = :spaceId and m.accountId = :accountId")
    Optional<MemberAccess> findAccess(UUID spaceId, UUID accountId);

    @Query("select m from Membership m join fetch m.space where m.accountId = :accountId")
    List<Membership> findWithSpaceByAccountId(UUID accountId);

    /** The partners a space has now (not those who left). */
    @Query("select count(m) from Membership m where m.space.id = :spaceId and m.role = app.commonground.space.SpaceRole.PARTNER "
            + "and m.status = app.commonground.space.MembershipStatus.ACTIVE")
    long countPartners(UUID spaceId);

    List<Membership> findBySpaceIdAndRole(UUID spaceId, SpaceRole role);

    /** Members who joined or are waiting for consent, with their names, in the order they joined. */
    String MEMBER_ROWS = """
            select new app.commonground.space.MemberRow(m.space.id, m.accountId, a.displayName, m.role, m.status, m.joinedAt)
            from Membership m, Account a
            where a.id = m.accountId
              and m.status in (app.commonground.space.MembershipStatus.ACTIVE, app.commonground.space.MembershipStatus.PENDING)
            """;

    @Query(MEMBER_ROWS + " and m.space.id in :spaceIds order by m.joinedAt")
    List<MemberRow> findMemberRows(Collection<UUID> spaceIds);

    /** Everyone who has been in one space, whatever their status now, in the order they joined. */
    @Query("""
            select new app.commonground.space.MemberRow(m.space.id, m.accountId, a.displayName, m.role, m.status, m.joinedAt)
            from Membership m, Account a
            where a.id = m.accountId and m.space.id = :spaceId
            order by m.joinedAt""")
    List<MemberRow> findEveryoneOf(UUID spaceId);

    /** Everyone who has been in these spaces, whatever their status now, in the order they joined. */
    @Query("""
            select new app.commonground.space.MemberRow(m.space.id, m.accountId, a.displayName, m.role, m.status, m.joinedAt)
            from Membership m, Account a
            where a.id = m.accountId and m.space.id in :spaceIds
            order by m.joinedAt""")
    List<MemberRow> findEveryoneIn(Collection<UUID> spaceIds);

    /** Of these spaces, the ones the account observes as a counsellor with consent. */
    @Query("""
            select m.space.id from Membership m
            where m.accountId = :accountId and m.space.id in :spaceIds
              and m.role = app.commonground.space.SpaceRole.COUNSELLOR
              and m.status = app.commonground.space.MembershipStatus.ACTIVE""")
    Set<UUID> findObserved(UUID accountId, Collection<UUID> spaceIds);

    /** The members of one space (a plan Hibernate can reuse, unlike one with a list parameter). */
    @Query(MEMBER_ROWS + " and m.space.id = :spaceId order by m.joinedAt")
    List<MemberRow> findMemberRowsOf(UUID spaceId);
}
