package app.commonground.checkin;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One partner's answers to a check-in: private until both submitted, and their own plan for the week. */
@Entity
@Table(name = "checkin_answer")
class CheckinAnswer {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checkin_id")
    private Checkin checkin;
    private UUID partnerId;
    private Integer connection;
    private Integer showedUp;
    private boolean ratingsShared;
    private String newInfo;
    private boolean newInfoShared;
    private String puzzled;
    private boolean puzzledShared;
    private String heavy;
    private boolean heavyShared;
    private String wish;
    private boolean wishShared;
    private Instant submittedAt;
    private String ownPlan;
    private UUID ownItemId;
    @BatchSize(size = 16)
    @OneToMany(mappedBy = "answer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Appreciation> appreciations = new ArrayList<>();
    @Version
    private Long version;

    protected CheckinAnswer() {
    }

    CheckinAnswer(Checkin checkin, UUID partnerId) {
        this.id = UUID.randomUUID();
        this.checkin = checkin;
        this.partnerId = partnerId;
    }

    void write(CheckinAnswers answers) {
        connection = answers.connection();
        showedUp = answers.showedUp();
        ratingsShared = answers.ratingsShared();
        newInfo = answers.newInfo();
        newInfoShared = answers.newInfoShared();
        puzzled = answers.puzzled();
        puzzledShared = answers.puzzledShared();
        heavy = answers.heavy();
        heavyShared = answers.heavyShared();
        wish = answers.wish();
        wishShared = answers.wishShared();
        appreciations.clear();
        for (AppreciationDraft appreciation : answers.appreciations()) {
            appreciations.add(new Appreciation(this, appreciations.size(), appreciation));
        }
    }

    CheckinAnswers answers() {
        return new CheckinAnswers(connection, showedUp, ratingsShared,
                appreciations.stream().map(Appreciation::draft).toList(), newInfo, newInfoShared, puzzled,
                puzzledShared, heavy, heavyShared, wish, wishShared);
    }

    void submit(Instant now) {
        submittedAt = now;
    }

    void takeBack() {
        submittedAt = null;
    }

    void plan(String text, UUID itemId) {
        ownPlan = text;
        ownItemId = itemId;
    }

    UUID partnerId() { return partnerId; }

    boolean submitted() { return submittedAt != null; }

    Integer connection() { return connection; }

    Integer showedUp() { return showedUp; }

    String ownPlan() { return ownPlan; }

    UUID ownItemId() { return ownItemId; }
}
