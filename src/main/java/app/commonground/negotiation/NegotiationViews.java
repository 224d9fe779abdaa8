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
    public record Summary(UUID id, String title, NegotiationStep step, Turn turn, boolean waitingForViewer,
                          boolean dueForReview, Instant stepSince, boolean waitingLong) {
    }

    /**
     * What a counsellor's caseload counts of a space's negotiations, by the rules of {@link Summary}.
     *
     * @param dueForReview agreements whose review date has come
     * @param waitingLong  negotiations not agreed yet that have waited on one step for more than two weeks
     */
    public record CaseCounts(int dueForReview, int waitingLong) {
    }

    /** A partner, by name, and whether they are the viewer (who is "you" on their own screen). */
    public record Who(String name, boolean you) {
    }

    /** Whose move it is, for the screen to say in words. */
    public sealed interface Turn {

        /** Drafts are being written: by these partners (both, or the one who is not ready yet). */
        record Writing(List<Who> partners) implements Turn {
        }

        /** Restatements still open, each waiting for its listener to restate or its speaker to answer. */
        record Mirroring(List<Open> open) implements Turn {
        }

        /** @param answering whether {@code by} answers {@code of}'s restatement (or else restates {@code of}'s needs) */
        record Open(Who by, Who of, boolean answering) {
        }

        /** No option yet: either partner can add one. */
        record NoOptions() implements Turn {
        }

        /** These partners still have options to rate; none: either can propose the best as the outcome. */
        record Rating(List<Who> partners) implements Turn {
        }

        /** A proposed outcome waits for this partner to sign or decline it. */
        record Signing(Who partner) implements Turn {
        }

        /** Agreed, with the date to look at it again. */
        record Agreed(Instant agreedAt, LocalDate reviewDate, boolean dueForReview) implements Turn {
        }
    }

    /** The viewer's own draft, before the reveal. */
    public record MyDraft(List<String> coreNeeds, List<String> flexible, boolean ready) {
    }

    /** The other partner's draft before the reveal, as the viewer may know it: whether it is ready. */
    public record OtherDraft(String name, boolean ready) {
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

    /**
     * A whole negotiation as the viewer may see it.
     *
     * @param myDraft    the viewer's own draft before the reveal, when the viewer is a partner and it is known
     *                   (the screens hold it: it is not in the shared model)
     * @param otherDraft the other partner's readiness before the reveal, for a partner
     */
    public record Detail(UUID id, String title, String situation, NegotiationStep step, Turn turn,
                         boolean viewerIsPartner, MyDraft myDraft, OtherDraft otherDraft,
                         List<Position> positions, List<Restatement> restatements, List<Option> options,
                         Outcome outcome) {
    }
}
