package app.commonground.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "activity")
class Activity {

    @Id
    private UUID id;
    private UUID spaceId;
    private UUID actorId;
    private UUID itemId;
    private String description;
    private Instant occurredAt;
    @Version
    private Long version;

    protected Activity() {
    }

    Activity(UUID spaceId, UUID actorId, UUID itemId, String description, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.actorId = actorId;
        this.itemId = itemId;
        this.description = description;
        this.occurredAt = occurredAt;
    }

    UUID spaceId() {
        return spaceId;
    }

    /** The line as the live model holds it; an actor named by the model's members needs no name here. */
    ActivityLine line(String actorName) {
        return new ActivityLine(id, actorId, actorName, itemId, description, occurredAt);
    }
}
