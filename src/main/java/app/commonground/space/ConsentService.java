package app.commonground.space;

import app.commonground.base.AccessRefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Consent for a counsellor to observe: each partner approves or declines separately; the counsellor sees
 * the space only once both approved, and loses it the moment either partner revokes.
 */
@Service
public class ConsentService {

    private final MembershipRepository memberships;
    private final SpaceRepository spaces;
    private final ConsentRepository consents;
    private final SpaceAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MembersPart membersPart;

    ConsentService(MembershipRepository memberships, SpaceRepository spaces, ConsentRepository consents, SpaceAccess access,
                   MembersPart membersPart, ApplicationEventPublisher events, Clock clock) {
        this.membersPart = membersPart;
        this.memberships = memberships;
        this.spaces = spaces;
        this.consents = consents;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Counsellors waiting for consent, and whether the caller still has to answer. Partners only. */
    @Transactional(readOnly = true)
    public List<ConsentRequest> requests(UUID spaceId) {
        SpaceMembership me = access.requireEditor(spaceId);
        return membersPart.load(spaceId).consentRequests(me.viewer());
    }

    /** The caller approves the counsellor; with both partners' approval the counsellor can observe. */
    @Transactional
    public void approve(UUID spaceId, UUID counsellorId) {
        answer(spaceId, counsellorId, true);
    }

    /** The caller declines the counsellor, who then sees nothing. */
    @Transactional
    public void decline(UUID spaceId, UUID counsellorId) {
        answer(spaceId, counsellorId, false);
    }

    /**
     * Ends a counsellor's access (or request) at once. Either partner may. The space is locked first, as the
     * counsellor's own steps lock it ({@link SpaceCommands#counsel}): one under way ends before the access does.
     */
    @Transactional
    public void revoke(UUID spaceId, UUID counsellorId) {
        SpaceMembership me = access.requireEditor(spaceId);
        spaces.lockById(spaceId).orElseThrow(() -> new SpaceNotFoundException(spaceId));
        Membership counsellor = counsellor(spaceId, counsellorId);
        if (counsellor.status() == MembershipStatus.ACTIVE || counsellor.status() == MembershipStatus.PENDING) {
            counsellor.setStatus(MembershipStatus.REVOKED);
            events.publishEvent(new CounsellorAccessChanged(spaceId, me.accountId(), counsellorId,
                    CounsellorAccessChanged.Change.REVOKED));
        }
    }

    private void answer(UUID spaceId, UUID counsellorId, boolean approved) {
        SpaceMembership me = access.requireEditor(spaceId);
        // The space first, as a partner joining locks it: the partners counted below are the partners there
        // are, and a partner joining meanwhile waits, then finds the counsellor approved and asks again.
        spaces.lockById(spaceId).orElseThrow(() -> new SpaceNotFoundException(spaceId));
        Membership counsellor = counsellor(spaceId, counsellorId);
        if (counsellor.status() != MembershipStatus.PENDING) {
            throw new AccessRefusedException("refused.consent.notWaiting");
        }
        List<Consent> given = consents.findByMembershipId(counsellor.id());
        if (given.stream().anyMatch(c -> c.partnerId().equals(me.accountId()))) {
            throw new AccessRefusedException("refused.consent.answered");
        }
        consents.save(new Consent(counsellor, me.accountId(), approved, clock.instant()));
        if (!approved) {
            counsellor.setStatus(MembershipStatus.DECLINED);
        } else if (given.stream().filter(Consent::approved).count() + 1
                >= memberships.countPartners(spaceId)) {
            counsellor.setStatus(MembershipStatus.ACTIVE);
        }
        events.publishEvent(new CounsellorAccessChanged(spaceId, me.accountId(), counsellorId,
                approved ? CounsellorAccessChanged.Change.APPROVED : CounsellorAccessChanged.Change.DECLINED));
    }

    private Membership counsellor(UUID spaceId, UUID counsellorId) {
        return memberships.lockBySpaceIdAndAccountId(spaceId, counsellorId)
                .filter(m -> m.role() == SpaceRole.COUNSELLOR)
                .orElseThrow(() -> new AccessRefusedException("refused.consent.noCounsellor"));
    }
}
