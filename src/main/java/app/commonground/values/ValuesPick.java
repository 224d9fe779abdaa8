package app.commonground.values;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One partner's core values, in order: private until both partners are ready, then revealed to both at once. */
@Entity
@Table(name = "values_pick")
class ValuesPick {

    @Id
    private UUID id;
    private UUID spaceId;
    private UUID partnerId;
    private String picks;
    private boolean ready;
    private boolean sharedWithCounsellor;
    private Instant revealedAt;
    private long revision;
    @Version
    private Long version;

    protected ValuesPick() {
    }

    ValuesPick(UUID spaceId, UUID partnerId) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.partnerId = partnerId;
    }

    void choose(List<String> values, boolean shared) {
        requireOpen();
        if (ready) {
            throw new ValuesStepException("refused.values.takeBackReady");
        }
        picks = values.isEmpty() ? null : String.join("\n", values);
        sharedWithCounsellor = shared;
    }

    void setReady(boolean now) {
        requireOpen();
        if (now && values().isEmpty()) {
            throw new ValuesStepException("refused.values.noneYet");
        }
        ready = now;
    }

    void reveal(Instant now) {
        revealedAt = now;
    }

    private void requireOpen() {
        if (revealedAt != null) {
            throw new ValuesStepException("refused.values.revealed");
        }
    }

    void changedIn(long spaceRevision) {
        revision = spaceRevision;
    }

    /** The pick as both partners share it: the values only once revealed. */
    Values.Pick shared() {
        return new Values.Pick(id, revision, partnerId, ready, revealedAt != null ? values() : List.of(),
                sharedWithCounsellor, revealedAt);
    }

    List<String> values() {
        return picks == null ? List.of() : Arrays.asList(picks.split("\n"));
    }

    UUID spaceId() { return spaceId; }

    UUID partnerId() { return partnerId; }

    boolean ready() { return ready; }

    boolean sharedWithCounsellor() { return sharedWithCounsellor; }

    boolean revealed() { return revealedAt != null; }
}
