package app.commonground.negotiation;

import app.commonground.base.live.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The negotiations' part of the space's live model: every negotiation of the space as both partners share it.
 * A draft's words never enter it: before the reveal it holds only whether each partner is ready.
 */
public record Negotiations(Map<UUID, Item> items) {

    public Negotiations {
        items = Map.copyOf(items);
    }

    /**
     * One negotiation as the model holds it, before any viewer's projection.
     *
     * @param version the space's revision when it last changed
     * @param sides   the two partners' circles: empty lists until both are ready
     */
    public record Item(UUID id, long version, String title, String situation, NegotiationStep step, Instant openedAt,
                       Instant stepSince,
                       List<Side> sides, List<Restating> restatements, List<Choice> options, UUID proposedOptionId,
                       UUID proposedBy, LocalDate reviewDate, String declineNote, UUID declinedBy, Instant agreedAt,
                       UUID responsibilityId, UUID sharedGoalId) implements Aggregate {

        public Item {
            sides = List.copyOf(sides);
            restatements = List.copyOf(restatements);
            options = List.copyOf(options);
        }

        Optional<Choice> proposedOption() {
            return options.stream().filter(o -> o.id().equals(proposedOptionId)).findFirst();
        }

        Optional<Side> sideOf(UUID partnerId) {
            return sides.stream().filter(s -> s.partnerId().equals(partnerId)).findFirst();
        }
    }

    /** A partner's circles, which hold words only once both partners are ready. */
    public record Side(UUID partnerId, boolean ready, List<String> coreNeeds, List<String> flexible) {

        public Side {
            coreNeeds = List.copyOf(coreNeeds);
            flexible = List.copyOf(flexible);
        }
    }

    /** The listener's restatement of the speaker's core needs, and the speaker's answer. */
    public record Restating(UUID listenerId, UUID speakerId, String text, MirrorStatus status, String correction) {
    }

    /**
     * An option and the partners' ratings of it, which the projection shows only once both rated it.
     *
     * @param ratings each partner's score, by partner
     */
    public record Choice(UUID id, String text, UUID proposedBy, Map<UUID, Integer> ratings) {

        public Choice {
            ratings = Map.copyOf(ratings);
        }

        boolean ratedByBoth() {
            return ratings.size() >= 2;
        }
    }

    static Negotiations of(List<Item> items) {
        return new Negotiations(items.stream().collect(Collectors.toMap(Item::id, item -> item)));
    }

    /** With this copy of a negotiation, unless the model already holds a newer one. */
    Negotiations with(Item item) {
        Map<UUID, Item> changed = Aggregate.with(items, item);
        return changed == items ? this : new Negotiations(changed);
    }

    Negotiations without(UUID id) {
        Map<UUID, Item> changed = Aggregate.without(items, id);
        return changed == items ? this : new Negotiations(changed);
    }
}
