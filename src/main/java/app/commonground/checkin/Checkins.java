package app.commonground.checkin;

import app.commonground.base.live.Aggregate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The check-ins' part of the space's live model: the agreed (or proposed) rhythm and the latest check-in, as
 * both partners share it. Before both submitted, it holds only who has: the answers' words are not in it. After
 * the reveal it holds both sets, as the board holds items kept from the counsellor: the projection shows the
 * counsellor only the answers their author shared.
 *
 * @param rhythm  none until a partner proposed one
 * @param current the latest check-in, open or done; none before the first
 */
public record Checkins(Rhythm rhythm, Item current) {

    /** When the couple meet: proposed by one partner, agreed once the other accepts. */
    public record Rhythm(long version, DayOfWeek day, LocalTime time, int everyWeeks, UUID proposedBy,
                         UUID agreedBy, Instant agreedAt) {

        /** Agreed by the other partner (who may have deleted their account since, leaving no id). */
        public boolean agreed() {
            return agreedAt != null;
        }
    }

    /**
     * One check-in, before any viewer's projection.
     *
     * @param version the space's revision when it last changed
     */
    public record Item(UUID id, long version, UUID startedBy, Instant startedAt, Instant revealedAt,
                       Instant closedAt, List<Side> sides, List<Issue> issues, String togetherPlan,
                       UUID togetherItemId) implements Aggregate {

        public Item {
            sides = List.copyOf(sides);
            issues = List.copyOf(issues);
        }

        public boolean revealed() {
            return revealedAt != null;
        }

        public boolean closed() {
            return closedAt != null;
        }
    }

    /**
     * A partner's side of a check-in.
     *
     * @param answers their answers, once both submitted; none before
     */
    public record Side(UUID partnerId, boolean submitted, CheckinAnswers answers, String ownPlan, UUID ownItemId) {
    }

    /** An issue raised in the check-in, and the negotiation it went into, if it did. */
    public record Issue(UUID id, UUID raisedBy, String title, String words, UUID negotiationId) {
    }

    Checkins withRhythm(Rhythm changed) {
        return rhythm != null && rhythm.version() >= changed.version() ? this : new Checkins(changed, current);
    }

    /** With this copy of a check-in if it is the latest one, and not older than the copy held. */
    Checkins with(Item item) {
        if (current != null && (item.startedAt().isBefore(current.startedAt())
                || item.id().equals(current.id()) && item.version() <= current.version())) {
            return this;
        }
        return new Checkins(rhythm, item);
    }
}
