package app.commonground.negotiation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.List;
import java.util.UUID;

/** One partner's circles: core needs (one to three) and flexible areas. Private until the reveal. */
@Entity
@Table(name = "draft_position")
class DraftPosition {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "negotiation_id")
    private Negotiation negotiation;
    private UUID partnerId;
    private String coreNeeds;
    private String flexible;
    private boolean ready;
    @Version
    private Long version;

    protected DraftPosition() {
    }

    DraftPosition(Negotiation negotiation, UUID partnerId) {
        this.id = UUID.randomUUID();
        this.negotiation = negotiation;
        this.partnerId = partnerId;
    }

    void write(List<String> core, List<String> flexibleAreas) {
        coreNeeds = Lines.join(core);
        flexible = Lines.join(flexibleAreas);
    }

    void setReady(boolean ready) {
        this.ready = ready;
    }

    UUID partnerId() { return partnerId; }

    List<String> coreNeeds() { return Lines.split(coreNeeds); }

    List<String> flexible() { return Lines.split(flexible); }

    boolean ready() { return ready; }
}
