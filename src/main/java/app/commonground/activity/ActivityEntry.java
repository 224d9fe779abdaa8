package app.commonground.activity;

import java.time.Instant;
import java.util.UUID;

/** One line of the activity feed: "Sam added the goal “Run a half marathon”", and when. */
public record ActivityEntry(UUID id, UUID actorId, String actorName, String description, Instant at) {
}
