package app.commonground.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a space's activity as its live model holds it.
 *
 * @param actorName the actor's name as stored, for someone no longer in the space; none when only known by id
 * @param subjectId the goal or hobby it is about, if any: a counsellor sees no line about an item kept from them
 */
public record ActivityLine(UUID id, UUID actorId, String actorName, UUID subjectId, String description,
                           Instant at) {
}
