package app.commonground.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's calendar address while it is on: the key it is made from (with a server secret) and the hash it is
 * found by. Neither is the address; a new key replaces it.
 */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    private UUID accountId;
    private String feedKey;
    private String secretHash;
    private Instant createdAt;
    @Version
    private Long version;

    protected CalendarFeed() {
    }

    CalendarFeed(UUID accountId) {
        this.accountId = accountId;
    }

    void replace(String feedKey, String secretHash, Instant now) {
        this.feedKey = feedKey;
        this.secretHash = secretHash;
        this.createdAt = now;
    }

    UUID accountId() {
        return accountId;
    }

    String feedKey() {
        return feedKey;
    }

    Instant createdAt() {
        return createdAt;
    }
}
