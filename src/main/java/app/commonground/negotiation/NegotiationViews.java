package app.commonground.negotiation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The read models of negotiations, as one member may see them. Drafts appear only to their author. */
public final class NegotiationViews {

    private NegotiationViews() {
    }

    /** One line of the list: the topic, its step and whose turn it is. */
    public record Summary(UUID id, String title, NegotiationStep step, String turn, boolean waitingForViewer,
                          boolean dueForReview) {
    }

    /** The viewer's own draft, before the reveal. */
    public record MyDraft(List<String> coreNeeds, List<String> flexible, boolean ready) {
    }

    /** A partner's revealed circles. */
    public record Position(UUID partnerId, String name, List<String> coreNeeds, List<String> flexible) {
    }

    /** The listener's restatement of the speaker's core needs. */
    public record Restatement(String listenerName, String speakerName, String text, MirrorStatus status,
                              String correction, boolean viewerListens, boolean viewerSpeaks) {
    }

    /** A partner's score for an option, shown once both have rated it. */
    public record Rating(String name, int score) {
    }

    /**
     * An option with the viewer's own rating and, once both rated it, both ratings.
     *
     * @param lowest the lower of the two ratings, the rank of the option; empty until both rated it
     */
    public record Option(UUID id, String text, String proposedByName, Integer viewerRating, List<Rating> ratings,
                         Integer lowest, Integer total) {

        public boolean ratedByBoth() {
            return lowest != null;
        }
    }

    /**
     * The proposed or agreed outcome, and the last declined one's note.
     *
     * @param responsibilityId the responsibility the agreed outcome became, if it did
     * @param sharedGoalId     the shared goal the agreed outcome became, if it did
     */
    public record Outcome(String optionText, String proposedByName, LocalDate reviewDate, boolean waitingForViewer,
                          boolean agreed, Instant agreedAt, boolean dueForReview, String declineNote,
                          String declinedByName, UUID responsibilityId, UUID sharedGoalId) {
    }

    /** A whole negotiation as the viewer may see it. */
    public record Detail(UUID id, String title, String situation, NegotiationStep step, String turn,
                         boolean viewerIsPartner, MyDraft myDraft, String otherDraftState,
                         List<Position> positions, List<Restatement> restatements, List<Option> options,
                         Outcome outcome) {
    }
}
