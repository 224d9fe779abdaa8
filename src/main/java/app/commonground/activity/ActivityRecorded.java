package app.commonground.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * A line was recorded in a space's activity, in the transaction of the change it tells: what happened, by whom,
 * naming whom. Ids and a kind only, never words.
 */
public record ActivityRecorded(UUID spaceId, UUID actorId, ActivityKind kind, UUID otherId, Instant at) {
}
