package app.commonground.space;

import app.commonground.security.CurrentUser;
import app.commonground.security.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place that answers "may this person read or change this space?". Every service method that
 * touches a space asks here first. A counsellor counts as a member only while both partners consent.
 */
@Component
public class SpaceAccess {

    private final MembershipRepository memberships;
    private final CurrentUser currentUser;

    SpaceAccess(MembershipRepository memberships, CurrentUser currentUser) {
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    /**
     * The caller's membership, for reading the space.
     *
     * @throws SpaceNotFoundException if the space does not exist or the caller does not belong to it
     */
    @Transactional(readOnly = true)
    public SpaceMembership requireReader(UUID spaceId) {
        SignedInUser caller = currentUser.require();
        return memberships.findAccess(spaceId, caller.accountId())
                .filter(m -> m.status() == MembershipStatus.ACTIVE)
                .map(m -> new SpaceMembership(spaceId, caller.accountId(), m.role()))
                .orElseThrow(() -> new SpaceNotFoundException(spaceId));
    }

    /**
     * The caller's membership, for changing the space: partners only.
     *
     * @throws SpaceNotFoundException  if the space does not exist or the caller does not belong to it
     * @throws ReadOnlyAccessException if the caller observes the space as a counsellor
     */
    @Transactional(readOnly = true)
    public SpaceMembership requireEditor(UUID spaceId) {
        SpaceMembership membership = requireReader(spaceId);
        if (membership.role() != SpaceRole.PARTNER) {
            throw new ReadOnlyAccessException();
        }
        return membership;
    }

    /**
     * The caller as a counsellor of the space now or before (their access ended or was declined): for what stays
     * theirs, such as their own notes, read-only once access ended.
     *
     * @throws SpaceNotFoundException if the caller never was a counsellor of the space
     */
    @Transactional(readOnly = true)
    public SpaceMembership requireCounsellorEver(UUID spaceId) {
        SignedInUser caller = currentUser.require();
        return memberships.findAccess(spaceId, caller.accountId())
                .filter(m -> m.role() == SpaceRole.COUNSELLOR && m.status() != MembershipStatus.DECLINED)
                .map(m -> new SpaceMembership(spaceId, caller.accountId(), m.role()))
                .orElseThrow(() -> new SpaceNotFoundException(spaceId));
    }

    /** Whether the caller is (still) a counsellor of the space, with access or not; never throws. */
    @Transactional(readOnly = true)
    public boolean counselsOrCounselled(UUID spaceId) {
        SignedInUser caller = currentUser.require();
        return memberships.findAccess(spaceId, caller.accountId())
                .filter(m -> m.role() == SpaceRole.COUNSELLOR && m.status() != MembershipStatus.DECLINED).isPresent();
    }

    /** Whether the caller observes the space as a counsellor with consent now. */
    @Transactional(readOnly = true)
    public boolean observesNow(UUID spaceId) {
        SignedInUser caller = currentUser.require();
        return memberships.findAccess(spaceId, caller.accountId())
                .filter(m -> m.role() == SpaceRole.COUNSELLOR && m.status() == MembershipStatus.ACTIVE).isPresent();
    }

    /**
     * Of these spaces, the ones the caller observes as a counsellor with consent now, with the caller's membership
     * there: one read for all of them.
     */
    @Transactional(readOnly = true)
    public Map<UUID, SpaceMembership> observedNow(Collection<UUID> spaceIds) {
        SignedInUser caller = currentUser.require();
        return spaceIds.isEmpty() ? Map.of() : memberships.findObserved(caller.accountId(), spaceIds).stream()
                .collect(Collectors.toUnmodifiableMap(spaceId -> spaceId,
                        spaceId -> new SpaceMembership(spaceId, caller.accountId(), SpaceRole.COUNSELLOR)));
    }
}
