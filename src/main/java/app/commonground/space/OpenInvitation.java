package app.commonground.space;

import java.time.Instant;
import java.util.UUID;

/** An invitation that can still be used. */
public record OpenInvitation(UUID id, SpaceRole role, Instant createdAt, Instant expiresAt) {
}
