package app.commonground.negotiation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A negotiation about one topic, and the rules of its steps: drafts stay private until both partners are
 * ready; both restatements must be confirmed before options; an outcome is agreed when the partner who did
 * not propose it signs. Every rule refuses a step out of turn with a {@link NegotiationStepException}.
 */
@Entity
@Table(name = "negotiation")
class Negotiation {

    @Id
    private UUID id;
    private UUID spaceId;
    private String title;
    private String situation;
    @Enumerated(EnumType.STRING)
    private NegotiationStep step;
    private UUID openedBy;
    private Instant openedAt;
    private Instant revealedAt;
    private Instant stepSince;
    private UUID proposedOptionId;
    private UUID proposedBy;
    private LocalDate reviewDate;
    private String declineNote;
    private UUID declinedBy;
    private Instant agreedAt;
    private UUID responsibilityId;
    private UUID sharedGoalId;
    private long revision;
    @OneToMany(mappedBy = "negotiation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DraftPosition> positions = new ArrayList<>();
    @BatchSize(size = 64)
    @OneToMany(mappedBy = "negotiation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Mirror> mirrors = new ArrayList<>();
    @BatchSize(size = 64)
    @OneToMany(mappedBy = "negotiation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt")
    private List<NegotiationOption> options = new ArrayList<>();
    @Version
    private Long version;

    protected Negotiation() {
    }

    Negotiation(UUID spaceId, String title, String situation, UUID openedBy, List<UUID> partners, Instant now) {
        this.id = UUID.randomUUID();
        this.spaceId = spaceId;
        this.title = title;
        this.situation = situation;
        this.step = NegotiationStep.DRAFT;
        this.openedBy = openedBy;
        this.openedAt = now;
        this.stepSince = now;
        partners.forEach(partner -> positions.add(new DraftPosition(this, partner)));
    }

    void writeDraft(UUID partner, List<String> core, List<String> flexible) {
        requireStep(NegotiationStep.DRAFT, "refused.negotiation.drafts.locked");
        DraftPosition mine = positionOf(partner);
        if (mine.ready()) {
            throw new NegotiationStepException("refused.negotiation.takeBackReady");
        }
        mine.write(core, flexible);
    }

    /** Marks the partner's draft ready or takes it back; when both are ready, both positions are revealed. */
    void setReady(UUID partner, boolean ready, Instant now) {
        requireStep(NegotiationStep.DRAFT, "refused.negotiation.drafts.revealed");
        DraftPosition mine = positionOf(partner);
        if (ready && mine.coreNeeds().isEmpty()) {
            throw new NegotiationStepException("refused.negotiation.noCoreNeed");
        }
        mine.setReady(ready);
        if (positions.stream().allMatch(DraftPosition::ready)) {
            step = NegotiationStep.MIRROR;
            revealedAt = now;
            stepSince = now;
            DraftPosition first = positions.get(0);
            DraftPosition second = positions.get(1);
            mirrors.add(new Mirror(this, first.partnerId(), second.partnerId()));
            mirrors.add(new Mirror(this, second.partnerId(), first.partnerId()));
        }
    }

    void restate(UUID listener, String text) {
        requireStep(NegotiationStep.MIRROR, "refused.negotiation.restate.notNow");
        Mirror mirror = mirrorBy(listener);
        if (mirror.status() == MirrorStatus.CONFIRMED || mirror.status() == MirrorStatus.WAITING) {
            throw new NegotiationStepException(mirror.status() == MirrorStatus.CONFIRMED
                    ? "refused.restatement.confirmed" : "refused.restatement.unanswered");
        }
        mirror.restate(text);
    }

    /** The speaker answers the restatement of their own needs: confirmed, or corrected. */
    void answerMirror(UUID speaker, boolean gotIt, String correction, Instant now) {
        requireStep(NegotiationStep.MIRROR, "refused.restatement.none");
        Mirror mirror = mirrors.stream().filter(m -> m.speakerId().equals(speaker)).findFirst()
                .orElseThrow(() -> new NegotiationStepException("refused.negotiation.restatement.missing"));
        if (mirror.status() != MirrorStatus.WAITING) {
            throw new NegotiationStepException("refused.negotiation.restatement.notYet");
        }
        if (gotIt) {
            mirror.confirm();
        } else {
            mirror.correct(correction);
        }
        if (mirrors.stream().allMatch(m -> m.status() == MirrorStatus.CONFIRMED)) {
            step = NegotiationStep.OPTIONS;
            stepSince = now;
        }
    }

    NegotiationOption addOption(UUID partner, String text, Instant now) {
        requireStep(NegotiationStep.OPTIONS, "refused.negotiation.options.notYet");
        NegotiationOption option = new NegotiationOption(this, text, partner, now);
        options.add(option);
        return option;
    }

    void rate(UUID partner, UUID optionId, int score) {
        requireStep(NegotiationStep.OPTIONS, "refused.negotiation.rate.notNow");
        option(optionId).rate(partner, score);
    }

    void proposeAgreement(UUID partner, UUID optionId, LocalDate review) {
        requireStep(NegotiationStep.OPTIONS, "refused.negotiation.propose.notNow");
        if (proposedOptionId != null) {
            throw new NegotiationStepException("refused.negotiation.outcome.pending");
        }
        NegotiationOption option = option(optionId);
        if (!option.ratedByBoth()) {
            throw new NegotiationStepException("refused.negotiation.propose.unrated");
        }
        proposedOptionId = option.id();
        proposedBy = partner;
        reviewDate = review;
        declineNote = null;
        declinedBy = null;
    }

    void sign(UUID partner, Instant now) {
        requireProposalToAnswer(partner);
        step = NegotiationStep.AGREED;
        agreedAt = now;
        stepSince = now;
    }

    void decline(UUID partner, String note) {
        requireProposalToAnswer(partner);
        proposedOptionId = null;
        proposedBy = null;
        reviewDate = null;
        declineNote = note;
        declinedBy = partner;
    }

    /** Notes the space's revision of this step, which names this copy of the negotiation in the live models. */
    void changedIn(long spaceRevision) {
        revision = spaceRevision;
    }

    /**
     * The negotiation as both partners share it: the drafts' words only once they are revealed. Its lists are in
     * one order however they were loaded (the options: as they were added).
     */
    Negotiations.Item shared() {
        return new Negotiations.Item(id, revision, title, situation, step, openedAt, stepSince,
                positions.stream().sorted(Comparator.comparing(p -> p.partnerId().toString()))
                        .map(p -> new Negotiations.Side(p.partnerId(), p.ready(),
                                revealed() ? p.coreNeeds() : List.of(), revealed() ? p.flexible() : List.of()))
                        .toList(),
                mirrors.stream().sorted(Comparator.comparing(m -> String.valueOf(m.listenerId())))
                        .map(m -> new Negotiations.Restating(m.listenerId(), m.speakerId(), m.restatement(),
                                m.status(), m.correction()))
                        .toList(),
                options.stream().map(o -> new Negotiations.Choice(o.id(), o.text(), o.proposedBy(), o.ratings()))
                        .toList(),
                proposedOptionId, proposedBy, reviewDate, declineNote, declinedBy, agreedAt, responsibilityId,
                sharedGoalId);
    }

    /** Refuses a second conversion of the agreed outcome into the same kind of thing. */
    void requireNotYetConverted(boolean intoResponsibility) {
        requireStep(NegotiationStep.AGREED, "refused.negotiation.carry.notAgreed");
        if (intoResponsibility ? responsibilityId != null : sharedGoalId != null) {
            throw new NegotiationStepException(intoResponsibility
                    ? "refused.negotiation.carry.responsibility" : "refused.negotiation.carry.goal");
        }
    }

    void convertedIntoResponsibility(UUID id) {
        requireNotYetConverted(true);
        responsibilityId = id;
    }

    void convertedIntoSharedGoal(UUID id) {
        requireNotYetConverted(false);
        sharedGoalId = id;
    }

    private void requireProposalToAnswer(UUID partner) {
        requireStep(NegotiationStep.OPTIONS, "refused.negotiation.outcome.none");
        if (proposedOptionId == null) {
            throw new NegotiationStepException("refused.negotiation.outcome.none");
        }
        if (partner.equals(proposedBy)) {
            throw new NegotiationStepException("refused.negotiation.outcome.own");
        }
    }

    private void requireStep(NegotiationStep wanted, String otherwise) {
        if (step != wanted) {
            throw new NegotiationStepException(otherwise);
        }
    }

    private DraftPosition positionOf(UUID partner) {
        return positions.stream().filter(p -> p.partnerId().equals(partner)).findFirst()
                .orElseThrow(() -> new NegotiationStepException("refused.negotiation.partnersOnly"));
    }

    private Mirror mirrorBy(UUID listener) {
        return mirrors.stream().filter(m -> listener.equals(m.listenerId())).findFirst()
                .orElseThrow(() -> new NegotiationStepException("refused.negotiation.partnersOnly"));
    }

    NegotiationOption option(UUID optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst()
                .orElseThrow(() -> new NegotiationStepException("refused.negotiation.option.foreign"));
    }

    Optional<NegotiationOption> proposedOption() {
        return proposedOptionId == null ? Optional.empty() : Optional.of(option(proposedOptionId));
    }

    boolean revealed() {
        return revealedAt != null;
    }

    UUID id() { return id; }

    UUID spaceId() { return spaceId; }

    String title() { return title; }

    String situation() { return situation; }

    NegotiationStep step() { return step; }

    UUID openedBy() { return openedBy; }

    Instant openedAt() { return openedAt; }

    UUID proposedBy() { return proposedBy; }

    LocalDate reviewDate() { return reviewDate; }

    String declineNote() { return declineNote; }

    UUID declinedBy() { return declinedBy; }

    Instant agreedAt() { return agreedAt; }

    UUID responsibilityId() { return responsibilityId; }

    UUID sharedGoalId() { return sharedGoalId; }

    List<DraftPosition> positions() { return positions; }

    List<Mirror> mirrors() { return mirrors; }

    List<NegotiationOption> options() { return options; }
}
