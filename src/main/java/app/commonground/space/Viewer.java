package app.commonground.space;

import java.util.UUID;

/**
 * Someone looking at a space, and the one rule of what they see of it. Every projection of the space's model
 * and every service read asks here:
 * <ul>
 *     <li>a partner sees everything that is not another person's private text;</li>
 *     <li>a counsellor (only while both partners consent: otherwise there is no viewer) sees what the partners
 *     did not keep from them, and changes nothing;</li>
 *     <li>private text (drafts, unshared answers) is seen by its author alone, and never enters the shared
 *     model.</li>
 * </ul>
 */
public record Viewer(UUID accountId, SpaceRole role) {

    public boolean isPartner() {
        return role == SpaceRole.PARTNER;
    }

    /** Whether the viewer sees something its owner may keep from the counsellor. */
    public boolean sees(boolean hiddenFromCounsellor) {
        return isPartner() || !hiddenFromCounsellor;
    }

    /** Whether the viewer may change something owned by {@code ownerId} (none: shared by both partners). */
    public boolean mayChange(UUID ownerId) {
        return isPartner() && (ownerId == null || ownerId.equals(accountId));
    }

    /** Whether the viewer may read private text written by {@code authorId}: only their own. */
    public boolean readsPrivateTextOf(UUID authorId) {
        return accountId.equals(authorId);
    }
}
