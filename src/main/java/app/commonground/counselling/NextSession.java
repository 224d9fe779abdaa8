package app.commonground.counselling;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The next session's part of the space's live model: the session the counsellor planned, if any, with the
 * partners' requests for another time. A request is a note to the counsellor that both partners see too (nothing
 * private: it is about the couple's shared appointment), so it may sit in the shared model.
 *
 * @param plan none while nothing is planned
 */
public record NextSession(Plan plan) {

    /** Nothing planned. */
    public static final NextSession NONE = new NextSession(null);

    /**
     * A planned session.
     *
     * @param id       a new one each time the counsellor plans (again)
     * @param zone     the time zone the counsellor planned it in
     * @param requests the partners' requests for another time, oldest first
     */
    public record Plan(UUID id, UUID counsellorId, Instant startsAt, ZoneId zone, List<Request> requests) {

        public Plan {
            requests = List.copyOf(requests);
        }
    }

    /** A partner asking the counsellor for another time, in their own words. */
    public record Request(UUID partnerId, Instant askedAt, String words) {
    }
}
