package app.commonground.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "account")
class Account {

    @Id
    private UUID id;
    private String email;
    private String displayName;
    private String passwordHash;
    private Instant createdAt;
    private String language;
    @Column(insertable = false, updatable = false)
    private int sessionEpoch;
    @Version
    private Long version;

    protected Account() {
    }

    Account(String email, String displayName, String passwordHash, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    int sessionEpoch() {
        return sessionEpoch;
    }

    String passwordHash() {
        return passwordHash;
    }

    /** The language the person chose ("en", "de"), if they chose one. */
    Optional<String> language() {
        return Optional.ofNullable(language);
    }

    void chooseLanguage(String language) {
        this.language = language;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
