package app.commonground.space;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** A counsellor opened the space or its summary: shown to the partners. Written once, never changed. */
@Entity
@Immutable
@Table(name = "counsellor_read")
class CounsellorRead {

    @Id
    private UUID id;
    private UUID spaceId;
    private UUID counsellorId;
    @Enumerated(EnumType.STRING)
    private AccessRecords.ReadKind what;
    private Instant readAt;

    protected CounsellorRead() {
    }

    CounsellorRead(UUID spaceId, UUID counsellorId, AccessRecords.ReadKind what, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.counsellorId = counsellorId;
        this.what = what;
        this.readAt = now;
    }

    AccessRecords.Visit visit(SpaceMembers names) {
        return new AccessRecords.Visit(names.nameOf(counsellorId), what, readAt);
    }
}
