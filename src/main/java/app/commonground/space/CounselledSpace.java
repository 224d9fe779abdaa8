package app.commonground.space;

import java.util.UUID;

/**
 * A space the caller counsels, is waiting to counsel, or counselled before.
 *
 * @param status  {@code ACTIVE}: observed with both partners' consent; {@code PENDING}: waiting for it;
 *                {@code REVOKED} or {@code LEFT}: access ended
 * @param members its people, as the space's model has them; none once access ended
 */
public record CounselledSpace(UUID spaceId, String name, MembershipStatus status, SpaceMembers members) {

    /** Whether the counsellor observes the space, or waits for consent to: whether its people are theirs to see. */
    static boolean hasAccessOrWaits(MembershipStatus status) {
        return status == MembershipStatus.ACTIVE || status == MembershipStatus.PENDING;
    }
}
