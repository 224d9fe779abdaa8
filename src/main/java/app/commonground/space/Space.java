package app.commonground.space;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "space")
class Space {

    static final int MAX_PARTNERS = 2;

    @Id
    private UUID id;
    private String name;
    private Instant createdAt;
    @Version
    private Long version;

    protected Space() {
    }

    Space(String name, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }
}
