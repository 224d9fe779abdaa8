package app.commonground.space;

import java.util.UUID;

/**
 * A space the caller counsels, is waiting to counsel, or counselled before.
 *
 * @param status  {@code ACTIVE}: observed with both partners' consent; {@code PENDING}: waiting for it;
 *                {@code REVOKED} or {@code LEFT}: access ended
 * @param members its people and their answers to the counsellor, as the space's model has them (for the service
 *                to project; a counsellor waiting for consent may see none of it); none once access ended
 */
public record CounselledSpace(UUID spaceId, String name, MembershipStatus status, SpaceMembers members) {

    /** Whether the counsellor observes the space, or waits for consent to. */
    public boolean accessOrWaiting() {
        return accessOrWaiting(status);
    }

    static boolean accessOrWaiting(MembershipStatus status) {
        return status == MembershipStatus.ACTIVE || status == MembershipStatus.PENDING;
    }
}
