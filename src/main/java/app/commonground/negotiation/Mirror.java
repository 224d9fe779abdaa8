package app.commonground.negotiation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/** The listener restating the speaker's core needs in their own words. */
@Entity
@Table(name = "mirror")
class Mirror {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "negotiation_id")
    private Negotiation negotiation;
    private UUID listenerId;
    private UUID speakerId;
    private String restatement;
    @Enumerated(EnumType.STRING)
    private MirrorStatus status;
    private String correction;
    @Version
    private Long version;

    protected Mirror() {
    }

    Mirror(Negotiation negotiation, UUID listenerId, UUID speakerId) {
        this.id = UUID.randomUUID();
        this.negotiation = negotiation;
        this.listenerId = listenerId;
        this.speakerId = speakerId;
        this.status = MirrorStatus.WRITING;
    }

    void restate(String text) {
        restatement = text;
        status = MirrorStatus.WAITING;
    }

    void confirm() {
        status = MirrorStatus.CONFIRMED;
        correction = null;
    }

    void correct(String text) {
        correction = text;
        status = MirrorStatus.CORRECTED;
    }

    UUID listenerId() { return listenerId; }

    UUID speakerId() { return speakerId; }

    String restatement() { return restatement; }

    MirrorStatus status() { return status; }

    String correction() { return correction; }
}
