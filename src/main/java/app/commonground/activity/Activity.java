package app.commonground.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "activity")
class Activity {

    @Id
    private UUID id;
    private UUID spaceId;
    private UUID actorId;
    @Enumerated(EnumType.STRING)
    private ActivityKind kind;
    @Column(name = "item_id")
    private UUID subjectId;
    private String subjectTitle;
    private String details;
    private UUID otherId;
    private String quote;
    private boolean keptFromCounsellor;
    /** The sentence of a line recorded before lines were structured; none since. */
    private String description;
    private Instant occurredAt;
    @Version
    private Long version;

    protected Activity() {
    }

    Activity(UUID spaceId, UUID actorId, Happened what, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.actorId = actorId;
        this.kind = what.kind();
        this.subjectId = what.subjectId();
        this.subjectTitle = what.title();
        this.details = what.details().isEmpty() ? null : String.join(",", what.details());
        this.otherId = what.otherId();
        this.quote = what.quote();
        this.keptFromCounsellor = what.keptFromCounsellor();
        this.occurredAt = occurredAt;
    }

    UUID spaceId() {
        return spaceId;
    }

    /** The line as the live model holds it. */
    ActivityLine line() {
        List<String> codes = details == null ? List.of() : Arrays.asList(details.split(","));
        return new ActivityLine(id, actorId, new Happened(kind, subjectId, subjectTitle, codes, otherId, quote, keptFromCounsellor),
                description, occurredAt);
    }
}
