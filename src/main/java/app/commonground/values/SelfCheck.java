package app.commonground.values;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/** How one kind of boundary feels to one partner right now: theirs alone, never shown to anyone else. */
@Entity
@Table(name = "self_check")
class SelfCheck {

    @Id
    private UUID id;
    private UUID spaceId;
    private UUID partnerId;
    @Enumerated(EnumType.STRING)
    private BoundaryKind kind;
    @Enumerated(EnumType.STRING)
    private Feeling feeling;
    @Version
    private Long version;

    protected SelfCheck() {
    }

    SelfCheck(UUID spaceId, UUID partnerId, BoundaryKind kind, Feeling feeling) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.partnerId = partnerId;
        this.kind = kind;
        this.feeling = feeling;
    }

    void feel(Feeling now) {
        feeling = now;
    }

    BoundaryKind kind() { return kind; }

    Feeling feeling() { return feeling; }
}
