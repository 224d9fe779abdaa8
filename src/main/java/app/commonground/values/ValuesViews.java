package app.commonground.values;

import app.commonground.negotiation.MirrorStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The read models of boundaries and values, as one member may see them. */
public final class ValuesViews {

    private ValuesViews() {
    }

    /** The section as the viewer sees it. */
    public record ValuesPage(List<BoundaryView> boundaries, ValuesReveal values, List<SharedValueView> shared,
                             boolean viewerIsPartner) {
    }

    /**
     * A published boundary and its acknowledgement.
     *
     * @param listenerName   the other partner, who acknowledges it; none while the space has no other partner
     * @param viewerRestates whether it is the viewer's turn to restate it (they are the other partner)
     * @param viewerAnswers  whether it is the viewer's turn to answer the restatement (they are its author)
     * @param viewerMayTalk  whether the viewer may ask to talk about it in a negotiation
     */
    public record BoundaryView(UUID id, int revision, UUID authorId, String authorName, String listenerName, boolean mine,
                               BoundaryKind kind, String text, Instant publishedAt, LocalDate reviewDate, boolean dueForReview,
                               boolean sharedWithCounsellor, String restatement, MirrorStatus status,
                               String correction, UUID negotiationId, boolean viewerRestates,
                               boolean viewerAnswers, boolean viewerMayTalk) {
    }

    /** One of the viewer's own boundary drafts, which nobody else sees. */
    public record MyDraft(UUID id, int revision, BoundaryKind kind, String text, boolean sharedWithCounsellor,
                          LocalDate reviewDate) {
    }

    /** The viewer's own self-check: how each kind feels to them now. */
    public record MySelfCheck(Map<BoundaryKind, Feeling> feelings) {

        public MySelfCheck {
            feelings = Map.copyOf(feelings);
        }
    }

    /** The viewer's own core values before the reveal. */
    public record MyPick(List<String> values, boolean ready, boolean sharedWithCounsellor) {

        public MyPick {
            values = List.copyOf(values);
        }
    }

    /** One partner's side of the values: ready or not; once revealed, their values if the viewer may see them. */
    public record PickSide(UUID partnerId, String name, boolean you, boolean ready, List<String> values,
                           boolean shown) {
    }

    /** A value and where each partner ranked it (none: not among their five). */
    public record Difference(String value, List<Rank> ranks) {
    }

    public record Rank(String name, Integer rank) {
    }

    /**
     * The core values side by side.
     *
     * @param inCommon    values both picked, by the better of their two ranks
     * @param differences the values ranked furthest apart (not picked counts as sixth), largest first
     */
    public record ValuesReveal(List<PickSide> sides, boolean revealed, List<String> inCommon,
                               List<Difference> differences) {
    }

    /**
     * A shared value, proposed or agreed.
     *
     * @param sharedWithCounsellor whether the counsellor sees it
     * @param sharingAsked         whether its proposer asks to share it with the counsellor, which it is once accepted
     */
    public record SharedValueView(UUID id, int revision, String name, String meaning, List<UUID> goalIds,
                                  LocalDate reviewDate, boolean dueForReview, boolean sharedWithCounsellor,
                                  boolean sharingAsked, String proposedByName, boolean agreed,
                                  boolean waitingForViewer) {
    }

    /** Something due for review, for the check-in's agenda. */
    public record Due(UUID id, boolean boundary, String title, LocalDate reviewDate) {
    }
}
