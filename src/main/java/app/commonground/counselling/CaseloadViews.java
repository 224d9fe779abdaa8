package app.commonground.counselling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The read models of a counsellor's caseload: every couple they counsel, on one page. */
public final class CaseloadViews {

    private CaseloadViews() {
    }

    /** Where the counsellor stands with a couple. */
    public enum Standing {
        /** Both partners consent: the counsellor observes the space. */
        OBSERVING,
        /** Asked, or invited, and waiting for one or both partners' consent. */
        WAITING_FOR_CONSENT,
        /** Their access ended: only their own notes stay theirs. */
        ENDED
    }

    /**
     * One couple on the counsellor's page.
     *
     * @param partnerNames the partners now, while observing
     * @param waitingFor   while waiting for consent: how many partners have not said yes yet (never who)
     * @param lastSession  the day of the last session held, if any (none once access ended)
     * @param nextSession  when the next planned session starts, if one is planned
     * @param askedForAnotherTime the partners who asked for another time than the planned one
     * @param since        what changed since the last session, as the counsellor may see it (only while observing)
     * @param notes        how many notes the counsellor wrote about this couple
     */
    public record Case(UUID spaceId, String spaceName, Standing standing, List<String> partnerNames,
                       int waitingFor, LocalDate lastSession, Instant nextSession,
                       List<String> askedForAnotherTime, SinceCounts since, int notes) {

        /** The page's order: the next session first, soonest first; couples without one by name; ended ones last. */
        public static final Comparator<Case> ORDER = Comparator
                .comparing((Case c) -> c.standing() == Standing.ENDED)
                .thenComparing(Case::nextSession, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Case::spaceName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(c -> c.spaceId().toString());

        public Case {
            partnerNames = List.copyOf(partnerNames);
            askedForAnotherTime = List.copyOf(askedForAnotherTime);
        }
    }

    /**
     * What "since our last session" lists for the counsellor, counted.
     *
     * @param from               the day it counts from: the last session's, or four weeks back before the first
     * @param goalsAchieved      goals and hobbies achieved
     * @param agreementsSigned   negotiations' outcomes signed
     * @param agreementsDue      agreements whose review date has come
     * @param checkinsRevealed   check-ins revealed
     * @param boundariesShared   boundaries published that the counsellor sees
     * @param negotiationsWaiting negotiations that have waited on one step for more than two weeks
     */
    public record SinceCounts(LocalDate from, int goalsAchieved, int agreementsSigned, int agreementsDue,
                              int checkinsRevealed, int boundariesShared, int negotiationsWaiting) {

        /** Whether nothing at all is counted. */
        public boolean nothing() {
            return goalsAchieved + agreementsSigned + agreementsDue + checkinsRevealed + boundariesShared
                    + negotiationsWaiting == 0;
        }
    }
}
