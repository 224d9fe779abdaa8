package app.commonground.values;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A value the couple share: proposed by one partner, agreed once the other accepts it. A change by either
 * makes it their proposal again, for the other to accept. Keeping it from the counsellor takes effect at once;
 * sharing with the counsellor what was kept from them is asked by a change and takes effect when the other
 * partner accepts it, so nobody's words reach the counsellor before their author agreed.
 */
@Entity
@Table(name = "shared_value")
class SharedValue {

    @Id
    private UUID id;
    private UUID spaceId;
    private String name;
    private String meaning;
    private String goalIds;
    private LocalDate reviewDate;
    private boolean sharedWithCounsellor;
    private boolean sharingAsked;
    private UUID proposedBy;
    private UUID agreedBy;
    private Instant agreedAt;
    private int contentRevision;
    private long revision;
    @Version
    private Long version;

    protected SharedValue() {
    }

    SharedValue(UUID spaceId, UUID proposer, SharedValueDraft draft) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        write(proposer, draft);
        sharedWithCounsellor = draft.sharedWithCounsellor();
    }

    void change(UUID partner, int expectedRevision, SharedValueDraft draft) {
        requireRevision(expectedRevision);
        write(partner, draft);
        sharedWithCounsellor = sharedWithCounsellor && draft.sharedWithCounsellor();
        sharingAsked = draft.sharedWithCounsellor() && !sharedWithCounsellor;
        contentRevision++;
    }

    void accept(UUID partner, int expectedRevision, Instant now) {
        requireRevision(expectedRevision);
        if (agreedAt != null) {
            throw new ValuesStepException("refused.values.agreedAlready");
        }
        if (partner.equals(proposedBy)) {
            throw new ValuesStepException("refused.values.ownProposal");
        }
        agreedBy = partner;
        agreedAt = now;
        sharedWithCounsellor = sharedWithCounsellor || sharingAsked;
        sharingAsked = false;
    }

    private void requireRevision(int expected) {
        if (expected != contentRevision) {
            throw new ValuesStepException("refused.values.changed");
        }
    }

    private void write(UUID proposer, SharedValueDraft draft) {
        name = draft.name();
        meaning = draft.meaning();
        goalIds = draft.goalIds().isEmpty() ? null
                : draft.goalIds().stream().map(UUID::toString).collect(Collectors.joining(" "));
        reviewDate = draft.reviewDate();
        proposedBy = proposer;
        agreedBy = null;
        agreedAt = null;
    }

    void changedIn(long spaceRevision) {
        revision = spaceRevision;
    }

    Values.SharedItem shared() {
        return new Values.SharedItem(id, revision, name, meaning,
                goalIds == null ? List.of() : Arrays.stream(goalIds.split(" ")).map(UUID::fromString).toList(),
                reviewDate, sharedWithCounsellor, sharingAsked, proposedBy, agreedBy, agreedAt, contentRevision);
    }

    UUID spaceId() { return spaceId; }
}
