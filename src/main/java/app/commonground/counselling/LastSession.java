package app.commonground.counselling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** The day of the newest session held in a space: what "since our last session" counts from. */
record LastSession(UUID spaceId, LocalDate heldOn) {

    /** How far back "since our last session" looks before the first session. */
    static final int WEEKS_BEFORE_THE_FIRST = 4;

    /** The first day "since our last session" covers: the last session's, or four weeks back before the first. */
    static LocalDate since(Optional<LocalDate> lastHeld, LocalDate today) {
        return lastHeld.orElse(today.minusWeeks(WEEKS_BEFORE_THE_FIRST));
    }

    /** The moment that day starts, as "since our last session" counts it. */
    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
