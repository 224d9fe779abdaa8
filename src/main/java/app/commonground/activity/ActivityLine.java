package app.commonground.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a space's activity as its live model holds it: what happened, by whom, about what.
 *
 * @param earlier   the sentence of a line recorded before lines were structured ({@link ActivityKind#EARLIER})
 */
public record ActivityLine(UUID id, UUID actorId, Happened what, String earlier, Instant at) {

    /** The goal or hobby (or other subject) it is about, if any: a counsellor sees no line about an item kept from them. */
    public UUID subjectId() {
        return what.subjectId();
    }
}
