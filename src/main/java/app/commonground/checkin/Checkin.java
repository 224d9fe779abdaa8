package app.commonground.checkin;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One check-in and its rules: each partner answers privately and submits; when both have, the answers are
 * revealed together; then up to two issues, the week's plan, and "done" when they are. Every rule refuses a
 * step out of turn with a {@link CheckinStepException}. An unfinished check-in simply stays open.
 */
@Entity
@Table(name = "checkin")
class Checkin {

    static final int MAX_ISSUES = 2;

    @Id
    private UUID id;
    private UUID spaceId;
    private UUID startedBy;
    private Instant startedAt;
    private Instant revealedAt;
    private Instant closedAt;
    private String togetherPlan;
    private UUID togetherItemId;
    private long revision;
    @BatchSize(size = 16)
    @OneToMany(mappedBy = "checkin", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CheckinAnswer> answers = new ArrayList<>();
    @BatchSize(size = 16)
    @OneToMany(mappedBy = "checkin", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("raisedAt")
    private List<CheckinIssue> issues = new ArrayList<>();
    @Version
    private Long version;

    protected Checkin() {
    }

    Checkin(UUID spaceId, UUID startedBy, List<UUID> partners, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.startedBy = startedBy;
        this.startedAt = now;
        partners.forEach(partner -> answers.add(new CheckinAnswer(this, partner)));
    }

    void answer(UUID partner, CheckinAnswers given) {
        requireAnswering("refused.checkin.revealed.noChange");
        CheckinAnswer mine = answerOf(partner);
        if (mine.submitted()) {
            throw new CheckinStepException("refused.checkin.takeBackFirst");
        }
        mine.write(given);
    }

    /** Submits the partner's answers; when both have, both are revealed at once. */
    void submit(UUID partner, Instant now) {
        requireAnswering("refused.checkin.revealed.already");
        CheckinAnswer mine = answerOf(partner);
        if (mine.submitted()) {
            throw new CheckinStepException("refused.checkin.submitted");
        }
        mine.submit(now);
        if (answers.stream().allMatch(CheckinAnswer::submitted)) {
            revealedAt = now;
        }
    }

    void takeBack(UUID partner) {
        requireAnswering("refused.checkin.revealed.seen");
        CheckinAnswer mine = answerOf(partner);
        if (!mine.submitted()) {
            throw new CheckinStepException("refused.checkin.notSubmitted");
        }
        mine.takeBack();
    }

    CheckinIssue raise(UUID partner, NewIssue issue, Instant now) {
        requireTalking("refused.checkin.issues.notYet");
        answerOf(partner);
        if (issues.size() >= MAX_ISSUES) {
            throw new CheckinStepException("refused.checkin.issues.tooMany");
        }
        CheckinIssue raised = new CheckinIssue(this, partner, issue, now);
        issues.add(raised);
        return raised;
    }

    CheckinIssue issue(UUID issueId) {
        return issues.stream().filter(i -> i.id().equals(issueId)).findFirst()
                .orElseThrow(() -> new CheckinStepException("refused.checkin.issue.foreign"));
    }

    void planTogether(String text, UUID itemId) {
        requireTalking("refused.checkin.plan.notYet");
        togetherPlan = text;
        togetherItemId = itemId;
    }

    void planOwn(UUID partner, String text, UUID itemId) {
        requireTalking("refused.checkin.plan.notYet");
        answerOf(partner).plan(text, itemId);
    }

    void close(Instant now) {
        requireTalking("refused.checkin.done.notYet");
        closedAt = now;
    }

    void changedIn(long spaceRevision) {
        revision = spaceRevision;
    }

    /** The check-in as both partners share it: the answers only once revealed. */
    Checkins.Item shared() {
        return new Checkins.Item(id, revision, startedBy, startedAt, revealedAt, closedAt,
                answers.stream().sorted(Comparator.comparing(a -> a.partnerId().toString()))
                        .map(a -> new Checkins.Side(a.partnerId(), a.submitted(), revealed() ? a.answers() : null,
                                a.ownPlan(), a.ownItemId()))
                        .toList(),
                issues.stream().sorted(Comparator.comparing(CheckinIssue::raisedAt)
                                .thenComparing(i -> i.id().toString()))
                        .map(i -> new Checkins.Issue(i.id(), i.raisedBy(), i.title(), i.words(), i.negotiationId()))
                        .toList(),
                togetherPlan, togetherItemId);
    }

    private void requireAnswering(String otherwise) {
        if (closedAt != null) {
            throw new CheckinStepException("refused.checkin.done");
        }
        if (revealed()) {
            throw new CheckinStepException(otherwise);
        }
    }

    private void requireTalking(String otherwise) {
        if (closedAt != null) {
            throw new CheckinStepException("refused.checkin.done");
        }
        if (!revealed()) {
            throw new CheckinStepException(otherwise);
        }
    }

    CheckinAnswer answerOf(UUID partner) {
        return answers.stream().filter(a -> a.partnerId().equals(partner)).findFirst()
                .orElseThrow(() -> new CheckinStepException("refused.checkin.partnersOnly"));
    }

    boolean revealed() {
        return revealedAt != null;
    }

    boolean closed() {
        return closedAt != null;
    }

    UUID id() { return id; }

    UUID spaceId() { return spaceId; }

    Instant startedAt() { return startedAt; }

    List<CheckinAnswer> answers() { return answers; }
}
