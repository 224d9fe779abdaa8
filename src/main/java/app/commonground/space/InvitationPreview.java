package app.commonground.space;

import java.time.Instant;

/**
 * What the holder of an invitation link may know before joining: whether it can be used, and if so
 * which space it is for and who sent it. Names are empty for a link that cannot be used.
 *
 * @param invitedBy the name of the partner who made the link; none (null) once they have left the space
 */
public record InvitationPreview(InvitationStatus status, String spaceName, String invitedBy, Instant expiresAt,
                                SpaceRole role) {

    static InvitationPreview unusable(InvitationStatus status) {
        return new InvitationPreview(status, null, null, null, null);
    }
}
