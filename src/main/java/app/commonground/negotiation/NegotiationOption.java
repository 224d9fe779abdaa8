package app.commonground.negotiation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** A possible outcome, rated by both partners. */
@Entity
@Table(name = "negotiation_option")
class NegotiationOption {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "negotiation_id")
    private Negotiation negotiation;
    private String text;
    private UUID proposedBy;
    private Instant createdAt;
    @BatchSize(size = 64)
    @OneToMany(mappedBy = "option", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OptionRating> ratings = new ArrayList<>();
    @Version
    private Long version;

    protected NegotiationOption() {
    }

    NegotiationOption(Negotiation negotiation, String text, UUID proposedBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.negotiation = negotiation;
        this.text = text;
        this.proposedBy = proposedBy;
        this.createdAt = createdAt;
    }

    void rate(UUID partner, int score) {
        if (ratingBy(partner).isPresent()) {
            throw new NegotiationStepException("refused.negotiation.rated");
        }
        ratings.add(new OptionRating(this, partner, score));
    }

    Optional<Integer> ratingBy(UUID partner) {
        return ratings.stream().filter(r -> r.partnerId().equals(partner)).map(OptionRating::score).findFirst();
    }

    /** Each partner's score, by partner. */
    Map<UUID, Integer> ratings() {
        return ratings.stream().collect(Collectors.toMap(OptionRating::partnerId, OptionRating::score));
    }

    boolean ratedByBoth() {
        return ratings.size() >= 2;
    }

    UUID id() { return id; }

    String text() { return text; }

    UUID proposedBy() { return proposedBy; }

    Instant createdAt() { return createdAt; }
}
