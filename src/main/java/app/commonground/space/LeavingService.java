package app.commonground.space;

import app.commonground.account.AccountClosing;
import app.commonground.base.live.SpaceChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Leaving a space: a partner leaves (the other partner keeps the space, its shared things and its history),
 * a counsellor ends their own observing, and someone deleting their account leaves every space.
 */
@Service
public class LeavingService {

    private final SpaceAccess access;
    private final SpaceRepository spaces;
    private final MembershipRepository memberships;
    private final MembersPart membersPart;
    private final ConsentRepository consents;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeavingService(SpaceAccess access, SpaceRepository spaces, MembershipRepository memberships,
                   MembersPart membersPart, ConsentRepository consents, JdbcClient jdbc,
                   ApplicationEventPublisher events, Clock clock) {
        this.consents = consents;
        this.access = access;
        this.spaces = spaces;
        this.memberships = memberships;
        this.membersPart = membersPart;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The caller leaves the space. A partner's own things there go with them, the other partner keeps the rest
     * and sees "left the space"; the last partner to leave deletes the space with everything in it. A counsellor
     * stops observing; their own notes stay theirs, read-only.
     *
     * @return whether the space is gone (its last partner left)
     * @throws SpaceNotFoundException if the caller is not in the space
     */
    @Transactional
    public boolean leave(UUID spaceId) {
        SpaceMembership me = access.requireReader(spaceId);
        return leave(spaceId, me.accountId());
    }

    /** Someone deleting their account leaves every space they are in, before their account goes. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void accountClosing(AccountClosing closing) {
        List<Membership> all = memberships.findWithSpaceByAccountId(closing.accountId()).stream()
                .sorted(Comparator.comparing(m -> m.space().id())).toList();
        for (Membership membership : all) {
            UUID spaceId = membership.space().id();
            boolean gone = membership.status() == MembershipStatus.ACTIVE && leave(spaceId, closing.accountId());
            if (!gone) {
                events.publishEvent(SpaceChange.reread(spaceId, 0, SpaceMembers.class, null));
            }
        }
    }

    /**
     * A counsellor waiting for consent needs it from the partners there are: one whom the staying partner
     * approved already is let in now that the other is gone (their approval is in the consent history already).
     */
    private void letInWhomTheOthersApproved(UUID spaceId, UUID leaver) {
        List<UUID> staying = memberships.findBySpaceIdAndRole(spaceId, SpaceRole.PARTNER).stream()
                .filter(m -> m.status() == MembershipStatus.ACTIVE && !m.accountId().equals(leaver))
                .map(Membership::accountId).toList();
        memberships.findBySpaceIdAndRole(spaceId, SpaceRole.COUNSELLOR).stream()
                .filter(m -> m.status() == MembershipStatus.PENDING)
                .filter(m -> consents.findByMembershipId(m.id()).stream()
                        .filter(c -> c.approved() && staying.contains(c.partnerId())).count() >= staying.size())
                .forEach(counsellor -> counsellor.setStatus(MembershipStatus.ACTIVE));
    }

    private boolean leave(UUID spaceId, UUID accountId) {
        spaces.lockById(spaceId).orElseThrow(() -> new SpaceNotFoundException(spaceId));
        Membership membership = memberships.findBySpaceIdAndAccountId(spaceId, accountId)
                .filter(m -> m.status() == MembershipStatus.ACTIVE)
                .orElseThrow(() -> new SpaceNotFoundException(spaceId));
        long revision = membersPart.next(spaceId);
        if (membership.role() == SpaceRole.COUNSELLOR) {
            membership.setStatus(MembershipStatus.LEFT);
            events.publishEvent(new CounsellorAccessChanged(spaceId, accountId, accountId,
                    CounsellorAccessChanged.Change.ENDED));
            events.publishEvent(SpaceChange.reread(spaceId, revision, SpaceMembers.class, null));
            return false;
        }
        boolean last = memberships.findBySpaceIdAndRole(spaceId, SpaceRole.PARTNER).stream()
                .noneMatch(m -> m.status() == MembershipStatus.ACTIVE && !m.accountId().equals(accountId));
        if (last) {
            jdbc.sql("delete from space where id = ?").param(spaceId).update();
            events.publishEvent(SpaceChange.reread(spaceId, revision, SpaceMembers.class, null));
            return true;
        }
        events.publishEvent(new PartnerLeaving(spaceId, accountId));
        jdbc.sql("delete from consent where partner_id = ? and membership_id in (select id from membership where space_id = ?)")
                .params(accountId, spaceId).update();
        jdbc.sql("""
                update invitation set revoked_at = ?, version = version + 1
                where space_id = ? and created_by = ? and used_at is null and revoked_at is null""")
                .params(Timestamp.from(clock.instant()), spaceId, accountId).update();
        membership.setStatus(MembershipStatus.LEFT);
        letInWhomTheOthersApproved(spaceId, accountId);
        events.publishEvent(new PartnerLeft(spaceId, accountId));
        events.publishEvent(SpaceChange.reread(spaceId, revision, SpaceMembers.class, null));
        return false;
    }
}
