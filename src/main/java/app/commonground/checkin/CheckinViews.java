package app.commonground.checkin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** The read models of check-ins, as one member may see them. Answers appear to others only once revealed. */
public final class CheckinViews {

    private CheckinViews() {
    }

    /**
     * The check-in section of a space as the viewer sees it.
     *
     * @param rhythm  none until a partner proposed one
     * @param next    the day of the next check-in, once the rhythm is agreed
     * @param current the latest check-in, open or done; none before the first
     */
    public record CheckinPage(RhythmView rhythm, LocalDate next, CheckinView current, boolean viewerIsPartner) {

        /** Whether a partner may start a check-in now: there is none open. */
        public boolean canStart() {
            return viewerIsPartner && (current == null || current.done());
        }
    }

    /**
     * The rhythm, agreed or waiting for the partner who did not propose it.
     *
     * @param agreedAt when the other partner accepted it; none while it waits
     */
    public record RhythmView(DayOfWeek day, LocalTime time, int everyWeeks, String proposedByName, boolean agreed,
                             boolean proposedByViewer, boolean waitingForViewer, Instant agreedAt) {
    }

    /** A partner's side of the check-in: whether they submitted (their answers are in {@link Revealed}). */
    public record SideView(UUID partnerId, String name, boolean you, boolean submitted) {
    }

    /** An appreciation as the viewer may see it, and what it is about. */
    public record AppreciationView(String text, LinkKind linkKind, UUID linkId) {
    }

    /**
     * One partner's revealed answers as the viewer may see them: everything for a partner, for the counsellor only
     * what its author shared (the rest empty).
     */
    public record Revealed(UUID partnerId, String name, boolean you, Integer connection, Integer showedUp,
                           List<AppreciationView> appreciations, String newInfo, String puzzled, String heavy,
                           String wish, String ownPlan, UUID ownItemId) {
    }

    /** An issue raised in the check-in; the raiser's words are for the partners. */
    public record IssueView(UUID id, String raisedByName, boolean raisedByViewer, String title, String words,
                            UUID negotiationId) {
    }

    /**
     * A check-in as the viewer sees it.
     *
     * @param mine     the viewer's own answers before the reveal, when known (their screen holds them)
     * @param answers  both partners' answers once revealed, appreciations first on the screen
     */
    public record CheckinView(UUID id, Instant startedAt, String startedByName, boolean revealed,
                              boolean done, List<SideView> sides, CheckinAnswers mine, List<Revealed> answers,
                              List<IssueView> issues, boolean moreIssuesAllowed, String togetherPlan,
                              UUID togetherItemId) {
    }

    /** The viewer's own ratings of one check-in, for their chart. */
    public record MyRatings(Instant startedAt, Integer connection, Integer showedUp) {
    }

    /** One line of a check-in's agenda: something that happened since the last check-in, or is due. */
    public record AgendaLine(AgendaKind kind, UUID subjectId, String title, String byName, Instant at) {
    }

    /** What an agenda line is about. */
    public enum AgendaKind {
        GOAL_ACHIEVED, RESPONSIBILITY_AGREED, RESPONSIBILITY_CHANGED, RESPONSIBILITY_HANDED_OVER,
        OUTCOME_DUE_FOR_REVIEW, BOUNDARY_DUE_FOR_REVIEW, VALUE_DUE_FOR_REVIEW, LAST_WISH
    }
}
