package app.commonground.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the activity feed as a viewer sees it: who did what, about what, and when. The sentence is made by
 * the screen that shows it.
 *
 * @param otherName the name of the other person the line names, if any
 * @param earlier   the stored sentence of a line older than structured lines ({@link ActivityKind#EARLIER})
 */
public record ActivityEntry(UUID id, UUID actorId, String actorName, Happened what, String otherName,
                            String earlier, Instant at) {

    public ActivityKind kind() {
        return what.kind();
    }
}
