package app.commonground.activity;

import java.util.List;
import java.util.UUID;

/**
 * One thing that happened, as a feature records it: the kind, what it is about and the few words the sentence
 * will need (see {@link ActivityKind} for each kind's detail, other person and quote).
 *
 * @param subjectId the goal, responsibility or negotiation it is about, if any
 * @param title     that subject's title as it was then
 * @param details   codes: an item's kind, a new status, what changed, a count
 * @param otherId   another person the line names: an owner, a counsellor
 * @param quote     words quoted from shared text: an option
 * @param keptFromCounsellor whether the line is about something its author keeps from the counsellor (a
 *                  boundary or a shared value), so the counsellor's feed never shows it, even once it is gone
 */
public record Happened(ActivityKind kind, UUID subjectId, String title, List<String> details, UUID otherId,
                       String quote, boolean keptFromCounsellor) {

    public Happened {
        details = List.copyOf(details);
    }

    /** Something that happened to a subject with this title. */
    public static Happened about(ActivityKind kind, UUID subjectId, String title, String... details) {
        return new Happened(kind, subjectId, title, List.of(details), null, null, false);
    }

    /** Something that happened in the space as a whole. */
    public static Happened inSpace(ActivityKind kind) {
        return new Happened(kind, null, null, List.of(), null, null, false);
    }

    public Happened naming(UUID person) {
        return new Happened(kind, subjectId, title, details, person, quote, keptFromCounsellor);
    }

    public Happened quoting(String words) {
        return new Happened(kind, subjectId, title, details, otherId, words, keptFromCounsellor);
    }

    /** The same line, kept from the counsellor's feed when {@code kept}. */
    public Happened keptFromCounsellor(boolean kept) {
        return new Happened(kind, subjectId, title, details, otherId, quote, kept);
    }
}
