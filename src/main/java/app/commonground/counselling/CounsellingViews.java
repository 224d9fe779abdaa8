package app.commonground.counselling;

import app.commonground.activity.ActivityEntry;
import app.commonground.checkin.CheckinViews.CheckinView;
import app.commonground.negotiation.NegotiationViews.Summary;
import app.commonground.values.ValuesViews.BoundaryView;
import app.commonground.values.ValuesViews.SharedValueView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The read models of the counsellor's side. */
public final class CounsellingViews {

    private CounsellingViews() {
    }

    /** A session held, as any member of the space sees it. */
    public record Session(UUID id, LocalDate heldOn, String counsellorName, boolean mine) {
    }

    /** One of the caller's own notes. */
    public record Note(UUID id, long version, UUID sessionId, String words, Instant writtenAt, Instant changedAt) {
    }

    /** The caller's own notes in a space, and whether they can still write (their access has not ended). */
    public record MyNotes(List<Note> notes, boolean writable) {
    }

    /**
     * What changed between the last session and now, as the viewer may see it, grouped.
     *
     * @param from          the last session's day (or four weeks ago, before the first)
     * @param goals         goals and hobbies added or achieved
     * @param duties        responsibilities agreed, changed or handed over
     * @param negotiations  negotiations opened, revealed, agreed
     * @param due           agreed outcomes whose review date has come
     * @param waitingLong   negotiations not agreed yet that have waited on one step for more than two weeks
     * @param checkins      check-ins revealed since, with what the viewer may see of them
     * @param boundaries    boundaries the viewer sees
     * @param values        shared values the viewer sees
     */
    public record SinceLastSession(String spaceName, List<String> partnerNames, String viewerName,
                                   boolean viewerIsCounsellor, LocalDate from, LocalDate to,
                                   List<ActivityEntry> goals, List<ActivityEntry> duties,
                                   List<ActivityEntry> negotiations, List<Summary> due, List<Summary> waitingLong,
                                   List<CheckinView> checkins,
                                   List<BoundaryView> boundaries, List<SharedValueView> values) {

        /** The moment it counts from: the start of {@link #from}. */
        public Instant start() {
            return LastSession.start(from);
        }
    }

    /**
     * The next session planned, as a member of the space sees it.
     *
     * @param counsellorZone the time zone the counsellor planned it in
     * @param mine           whether the viewer is the counsellor who planned it
     * @param requests       the partners' requests for another time, oldest first
     */
    public record NextSessionView(UUID id, String counsellorName, Instant startsAt, ZoneId counsellorZone, boolean mine,
                                  List<TimeRequest> requests) {

        public NextSessionView {
            requests = List.copyOf(requests);
        }

        /** Whether the viewer asked for another time. */
        public boolean askedByViewer() {
            return requests.stream().anyMatch(TimeRequest::byViewer);
        }
    }

    /** A partner's request for another time, in their words, and whether the viewer made it. */
    public record TimeRequest(String partnerName, Instant askedAt, String words, boolean byViewer) {
    }
}
