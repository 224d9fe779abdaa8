package app.commonground.space;

import java.time.Instant;
import java.util.UUID;

/** A membership joined with its account's name, as one query returns it. */
record MemberRow(UUID spaceId, UUID accountId, String name, SpaceRole role, MembershipStatus status, Instant joinedAt) {
}
