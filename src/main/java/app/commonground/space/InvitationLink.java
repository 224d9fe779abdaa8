package app.commonground.space;

import java.time.Instant;
import java.util.UUID;

/** A new invitation with its token: the only time the token is known, since only its hash is stored. */
public record InvitationLink(UUID id, String token, Instant expiresAt) {

    /** The path to share, relative to the app's address. */
    public String path() {
        return "invite/" + token;
    }
}
