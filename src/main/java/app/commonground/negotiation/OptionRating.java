package app.commonground.negotiation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/** How one partner can live with one option: 0 (can't) to 10 (delighted). */
@Entity
@Table(name = "option_rating")
class OptionRating {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "option_id")
    private NegotiationOption option;
    private UUID partnerId;
    private int score;
    @Version
    private Long version;

    protected OptionRating() {
    }

    OptionRating(NegotiationOption option, UUID partnerId, int score) {
        this.id = UUID.randomUUID();
        this.option = option;
        this.partnerId = partnerId;
        this.score = score;
    }

    UUID partnerId() { return partnerId; }

    int score() { return score; }
}
