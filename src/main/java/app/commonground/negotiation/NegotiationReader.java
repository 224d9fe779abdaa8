package app.commonground.negotiation;

import app.commonground.base.ui.Dates;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NegotiationViews.MyDraft;
import app.commonground.negotiation.NegotiationViews.Option;
import app.commonground.negotiation.NegotiationViews.Outcome;
import app.commonground.negotiation.NegotiationViews.Position;
import app.commonground.negotiation.NegotiationViews.Rating;
import app.commonground.negotiation.NegotiationViews.Restatement;
import app.commonground.negotiation.NegotiationViews.Summary;
import app.commonground.space.Member;
import app.commonground.space.SpaceDetails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads a negotiation for one member. The one place that decides what of a negotiation a viewer may see:
 * a draft only by its author, ratings only once both partners rated the option.
 */
final class NegotiationReader {

    private final SpaceDetails space;
    private final UUID viewerId;
    private final LocalDate today;

    NegotiationReader(SpaceDetails space, LocalDate today) {
        this.space = space;
        this.viewerId = space.viewerId();
        this.today = today;
    }

    Summary summary(Negotiation negotiation) {
        return new Summary(negotiation.id(), negotiation.title(), negotiation.step(), turn(negotiation),
                waitingForViewer(negotiation), dueForReview(negotiation));
    }

    Detail detail(Negotiation negotiation) {
        boolean partner = space.viewerIsPartner();
        MyDraft myDraft = null;
        String otherState = null;
        if (!negotiation.revealed() && partner) {
            DraftPosition mine = position(negotiation, viewerId);
            myDraft = new MyDraft(mine.coreNeeds(), mine.flexible(), mine.ready());
            DraftPosition other = negotiation.positions().stream().filter(p -> !p.partnerId().equals(viewerId))
                    .findFirst().orElseThrow();
            otherState = name(other.partnerId()) + (other.ready() ? " is ready" : " is still writing");
        }
        List<Position> positions = !negotiation.revealed() ? List.of() : inPartnerOrder(negotiation).stream()
                .map(p -> new Position(p.partnerId(), name(p.partnerId()), p.coreNeeds(), p.flexible())).toList();
        List<Restatement> restatements = negotiation.mirrors().stream()
                .sorted(Comparator.comparingInt(m -> partnerIndex(m.listenerId())))
                .map(m -> new Restatement(name(m.listenerId()), name(m.speakerId()), m.restatement(), m.status(),
                        m.correction(), m.listenerId().equals(viewerId), m.speakerId().equals(viewerId)))
                .toList();
        List<Option> options = negotiation.options().stream().map(this::option)
                .sorted(Comparator.comparing((Option o) -> o.lowest() == null ? -1 : o.lowest()).reversed()
                        .thenComparing(o -> o.total() == null ? -1 : o.total(), Comparator.reverseOrder()))
                .toList();
        return new Detail(negotiation.id(), negotiation.title(), negotiation.situation(), negotiation.step(),
                turn(negotiation), partner, myDraft, otherState, positions, restatements, options, outcome(negotiation));
    }

    /** Positions as the partners joined the space: the same order on every screen and every database. */
    private List<DraftPosition> inPartnerOrder(Negotiation negotiation) {
        return negotiation.positions().stream().sorted(Comparator.comparingInt(p -> partnerIndex(p.partnerId())))
                .toList();
    }

    private int partnerIndex(UUID accountId) {
        return space.partners().stream().map(Member::accountId).toList().indexOf(accountId);
    }

    private Option option(NegotiationOption option) {
        List<Rating> ratings = List.of();
        Integer lowest = null;
        Integer total = null;
        if (option.ratedByBoth()) {
            ratings = space.partners().stream()
                    .map(p -> new Rating(p.name(), option.ratingBy(p.accountId()).orElseThrow())).toList();
            lowest = ratings.stream().mapToInt(Rating::score).min().orElseThrow();
            total = ratings.stream().mapToInt(Rating::score).sum();
        }
        Integer mine = space.viewerIsPartner() ? option.ratingBy(viewerId).orElse(null) : null;
        return new Option(option.id(), option.text(), name(option.proposedBy()), mine, ratings, lowest, total);
    }

    private Outcome outcome(Negotiation negotiation) {
        if (negotiation.proposedOption().isEmpty() && negotiation.declineNote() == null) {
            return null;
        }
        boolean agreed = negotiation.step() == NegotiationStep.AGREED;
        return negotiation.proposedOption()
                .map(option -> new Outcome(option.text(), name(negotiation.proposedBy()), negotiation.reviewDate(),
                        !agreed && space.viewerIsPartner() && !negotiation.proposedBy().equals(viewerId), agreed,
                        negotiation.agreedAt(), dueForReview(negotiation), negotiation.declineNote(),
                        negotiation.declinedBy() == null ? null : name(negotiation.declinedBy()),
                        negotiation.responsibilityId(), negotiation.sharedGoalId()))
                .orElseGet(() -> new Outcome(null, null, null, false, false, null, false, negotiation.declineNote(),
                        name(negotiation.declinedBy()), null, null));
    }

    private String turn(Negotiation negotiation) {
        return switch (negotiation.step()) {
            case DRAFT -> {
                List<String> writing = inPartnerOrder(negotiation).stream().filter(p -> !p.ready())
                        .map(p -> you(p.partnerId())).toList();
                yield writing.size() == 2 ? "Both of you are writing your drafts, privately"
                        : "Waiting for " + writing.getFirst() + " to finish " + (isViewer(writing) ? "your" : "their")
                        + " draft";
            }
            case MIRROR -> negotiation.mirrors().stream().filter(m -> m.status() != MirrorStatus.CONFIRMED)
                    .map(m -> m.status() == MirrorStatus.WAITING
                            ? you(m.speakerId()) + " to answer " + possessive(m.listenerId()) + " restatement"
                            : you(m.listenerId()) + " to restate " + possessive(m.speakerId()) + " core needs")
                    .collect(Collectors.joining(" · ", "Waiting for ", ""));
            case OPTIONS -> optionsTurn(negotiation);
            case AGREED -> "Agreed on " + Dates.day(negotiation.agreedAt()) + " · review on "
                    + Dates.day(negotiation.reviewDate()) + (dueForReview(negotiation) ? " · due for review" : "");
        };
    }

    private String optionsTurn(Negotiation negotiation) {
        if (negotiation.proposedOption().isPresent()) {
            UUID other = space.partners().stream().map(Member::accountId)
                    .filter(id -> !id.equals(negotiation.proposedBy())).findFirst().orElseThrow();
            return "Waiting for " + you(other) + " to sign or decline the proposed outcome";
        }
        List<String> toRate = new ArrayList<>();
        for (Member partner : space.partners()) {
            if (negotiation.options().stream().anyMatch(o -> o.ratingBy(partner.accountId()).isEmpty())) {
                toRate.add(you(partner.accountId()));
            }
        }
        if (negotiation.options().isEmpty()) {
            return "Either of you can add options";
        }
        return toRate.isEmpty() ? "Either of you can propose the top option as the outcome"
                : "Waiting for " + String.join(" and ", toRate) + " to rate every option";
    }

    private boolean waitingForViewer(Negotiation negotiation) {
        if (!space.viewerIsPartner()) {
            return false;
        }
        return switch (negotiation.step()) {
            case DRAFT -> !position(negotiation, viewerId).ready();
            case MIRROR -> negotiation.mirrors().stream().anyMatch(m ->
                    (m.listenerId().equals(viewerId) && (m.status() == MirrorStatus.WRITING || m.status() == MirrorStatus.CORRECTED))
                            || (m.speakerId().equals(viewerId) && m.status() == MirrorStatus.WAITING));
            case OPTIONS -> negotiation.proposedOption().isPresent()
                    ? !negotiation.proposedBy().equals(viewerId)
                    : negotiation.options().stream().anyMatch(o -> o.ratingBy(viewerId).isEmpty());
            case AGREED -> dueForReview(negotiation);
        };
    }

    private boolean dueForReview(Negotiation negotiation) {
        return negotiation.step() == NegotiationStep.AGREED && !negotiation.reviewDate().isAfter(today);
    }

    private static DraftPosition position(Negotiation negotiation, UUID partner) {
        return negotiation.positions().stream().filter(p -> p.partnerId().equals(partner)).findFirst().orElseThrow();
    }

    private boolean isViewer(List<String> names) {
        return names.size() == 1 && names.getFirst().equals("you");
    }

    private String you(UUID accountId) {
        return accountId.equals(viewerId) ? "you" : name(accountId);
    }

    private String possessive(UUID accountId) {
        return accountId.equals(viewerId) ? "your" : name(accountId) + "'s";
    }

    private String name(UUID accountId) {
        return accountId == null ? null : space.nameOf(accountId);
    }
}
