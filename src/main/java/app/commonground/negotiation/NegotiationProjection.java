package app.commonground.negotiation;

import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NegotiationViews.MyDraft;
import app.commonground.negotiation.NegotiationViews.Option;
import app.commonground.negotiation.NegotiationViews.OtherDraft;
import app.commonground.negotiation.NegotiationViews.Outcome;
import app.commonground.negotiation.NegotiationViews.Position;
import app.commonground.negotiation.NegotiationViews.Rating;
import app.commonground.negotiation.NegotiationViews.Restatement;
import app.commonground.negotiation.NegotiationViews.Summary;
import app.commonground.negotiation.NegotiationViews.Turn;
import app.commonground.negotiation.NegotiationViews.Who;
import app.commonground.space.SpaceMembers;
import app.commonground.space.Viewer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What one viewer sees of the negotiations: a pure function of the model, used alike by the screens and by
 * {@link NegotiationService}'s reads. Ratings of an option appear once both partners rated it (before, a partner
 * sees their own); a draft's words are not in the model at all, and reach only their author, whose screen holds
 * them ({@code mine}). The positions and restatements belong to the two partners who wrote them for each other:
 * a partner who joined after the other left sees the negotiation and its outcome, not them.
 */
public final class NegotiationProjection {

    /** How long a negotiation may wait on one step before its counsellor's caseload points at it. */
    public static final Period LONG_WAIT = Period.ofWeeks(2);

    private NegotiationProjection() {
    }

    /** The space's negotiations, newest first, with their step and whose turn it is. */
    public static List<Summary> list(Negotiations all, SpaceMembers members, Viewer viewer, LocalDate today) {
        return all.items().values().stream()
                .sorted(Comparator.comparing(Negotiations.Item::openedAt).reversed()
                        .thenComparing(item -> item.id().toString()))
                .map(item -> new Summary(item.id(), item.title(), item.step(), turn(item, members, viewer, today),
                        waitingFor(item, viewer, today), dueForReview(item, today), item.stepSince(),
                        waitingLong(item.step(), item.stepSince(), today)))
                .toList();
    }

    /** How many of the space's negotiations wait for the viewer (the tab's count): the list's own rule. */
    public static long waitingFor(Negotiations all, Viewer viewer, LocalDate today) {
        return all.items().values().stream().filter(item -> waitingFor(item, viewer, today)).count();
    }

    /**
     * One negotiation as {@code viewer} sees it.
     *
     * @param mine the viewer's own draft as their screen holds it (its "ready" comes from the model); none
     *             when unknown or when the viewer has no draft
     */
    public static Detail detail(Negotiations.Item item, SpaceMembers members, Viewer viewer, LocalDate today,
                                MyDraft mine) {
        boolean partner = viewer.isPartner();
        boolean drafting = item.step() == NegotiationStep.DRAFT && partner;
        MyDraft myDraft = !drafting || mine == null ? null : new MyDraft(mine.coreNeeds(), mine.flexible(),
                item.sideOf(viewer.accountId()).map(Negotiations.Side::ready).orElse(false));
        OtherDraft other = !drafting ? null : sides(item, members).stream()
                .filter(side -> !side.partnerId().equals(viewer.accountId())).findFirst()
                .map(side -> new OtherDraft(members.nameOf(side.partnerId()), side.ready())).orElse(null);
        boolean between = !partner || item.sideOf(viewer.accountId()).isPresent();
        List<Position> positions = item.step() == NegotiationStep.DRAFT || !between ? List.of() : sides(item, members).stream()
                .map(side -> new Position(side.partnerId(), members.nameOf(side.partnerId()), side.coreNeeds(),
                        side.flexible()))
                .toList();
        List<Restatement> restatements = !between ? List.<Restatement>of() : item.restatements().stream()
                .sorted(Comparator.comparingInt(r -> index(members, r.listenerId())))
                .map(r -> new Restatement(members.nameOf(r.listenerId()), members.nameOf(r.speakerId()), r.text(),
                        r.status(), r.correction(), viewer.accountId().equals(r.listenerId()),
                        r.speakerId().equals(viewer.accountId())))
                .toList();
        List<Option> options = item.options().stream().map(choice -> option(choice, item, members, viewer))
                .sorted(Comparator.comparing((Option o) -> o.lowest() == null ? -1 : o.lowest()).reversed()
                        .thenComparing(o -> o.total() == null ? -1 : o.total(), Comparator.reverseOrder()))
                .toList();
        return new Detail(item.id(), item.title(), item.situation(), item.step(), turn(item, members, viewer, today),
                partner, myDraft, other, positions, restatements, options, outcome(item, members, viewer, today));
    }

    /** The two partners' sides in the order they joined the space: the same on every screen and every database. */
    private static List<Negotiations.Side> sides(Negotiations.Item item, SpaceMembers members) {
        return item.sides().stream().sorted(Comparator.comparingInt(side -> index(members, side.partnerId()))).toList();
    }

    private static int index(SpaceMembers members, UUID accountId) {
        return members.people().stream().map(SpaceMembers.Person::accountId).toList().indexOf(accountId);
    }

    private static Option option(Negotiations.Choice choice, Negotiations.Item item, SpaceMembers members,
                                 Viewer viewer) {
        List<Rating> ratings = List.of();
        Integer lowest = null;
        Integer total = null;
        if (choice.ratedByBoth()) {
            ratings = sides(item, members).stream().map(Negotiations.Side::partnerId)
                    .filter(choice.ratings()::containsKey)
                    .map(partner -> new Rating(members.nameOf(partner), choice.ratings().get(partner))).toList();
            lowest = ratings.stream().mapToInt(Rating::score).min().orElseThrow();
            total = ratings.stream().mapToInt(Rating::score).sum();
        }
        Integer mine = viewer.isPartner() ? choice.ratings().get(viewer.accountId()) : null;
        return new Option(choice.id(), choice.text(), members.nameOf(choice.proposedBy()), mine, ratings, lowest,
                total);
    }

    private static Outcome outcome(Negotiations.Item item, SpaceMembers members, Viewer viewer, LocalDate today) {
        if (item.proposedOption().isEmpty() && item.declineNote() == null) {
            return null;
        }
        boolean agreed = item.step() == NegotiationStep.AGREED;
        String declinedBy = item.declinedBy() == null ? null : members.nameOf(item.declinedBy());
        return item.proposedOption()
                .map(option -> new Outcome(option.text(), members.nameOf(item.proposedBy()), item.reviewDate(),
                        !agreed && viewer.isPartner() && !viewer.accountId().equals(item.proposedBy()), agreed,
                        item.agreedAt(), dueForReview(item, today), item.declineNote(), declinedBy,
                        item.responsibilityId(), item.sharedGoalId()))
                .orElseGet(() -> new Outcome(null, null, null, false, false, null, false, item.declineNote(),
                        declinedBy, null, null));
    }

    private static Turn turn(Negotiations.Item item, SpaceMembers members, Viewer viewer, LocalDate today) {
        return switch (item.step()) {
            case DRAFT -> new Turn.Writing(sides(item, members).stream().filter(side -> !side.ready())
                    .map(side -> who(side.partnerId(), members, viewer)).toList());
            case MIRROR -> new Turn.Mirroring(item.restatements().stream()
                    .filter(r -> r.status() != MirrorStatus.CONFIRMED)
                    .map(r -> r.status() == MirrorStatus.WAITING
                            ? new Turn.Open(who(r.speakerId(), members, viewer), who(r.listenerId(), members, viewer), true)
                            : new Turn.Open(who(r.listenerId(), members, viewer), who(r.speakerId(), members, viewer), false))
                    .toList());
            case OPTIONS -> item.proposedOption().isPresent()
                    ? new Turn.Signing(sides(item, members).stream().map(Negotiations.Side::partnerId)
                            .filter(id -> !id.equals(item.proposedBy())).findFirst()
                            .map(id -> who(id, members, viewer)).orElseThrow())
                    : item.options().isEmpty() ? new Turn.NoOptions()
                    : new Turn.Rating(sides(item, members).stream().map(Negotiations.Side::partnerId)
                            .filter(partner -> item.options().stream().anyMatch(o -> !o.ratings().containsKey(partner)))
                            .map(partner -> who(partner, members, viewer)).toList());
            case AGREED -> new Turn.Agreed(item.agreedAt(), item.reviewDate(), dueForReview(item, today));
        };
    }

    private static Who who(UUID accountId, SpaceMembers members, Viewer viewer) {
        return new Who(members.nameOf(accountId), viewer.accountId().equals(accountId));
    }

    private static boolean waitingFor(Negotiations.Item item, Viewer viewer, LocalDate today) {
        if (!viewer.isPartner()) {
            return false;
        }
        UUID me = viewer.accountId();
        return switch (item.step()) {
            case DRAFT -> item.sideOf(me).map(side -> !side.ready()).orElse(false);
            case MIRROR -> item.restatements().stream().anyMatch(r ->
                    (me.equals(r.listenerId()) && (r.status() == MirrorStatus.WRITING || r.status() == MirrorStatus.CORRECTED))
                            || (r.speakerId().equals(me) && r.status() == MirrorStatus.WAITING));
            case OPTIONS -> item.proposedOption().isPresent()
                    ? !me.equals(item.proposedBy())
                    : item.options().stream().anyMatch(o -> !o.ratings().containsKey(me));
            case AGREED -> dueForReview(item, today);
        };
    }

    private static boolean dueForReview(Negotiations.Item item, LocalDate today) {
        return dueForReview(item.step(), item.reviewDate(), today);
    }

    /** Whether an agreed outcome's review date has come. */
    static boolean dueForReview(NegotiationStep step, LocalDate reviewDate, LocalDate today) {
        return step == NegotiationStep.AGREED && !reviewDate.isAfter(today);
    }

    /** Whether a negotiation not agreed yet has waited on its step for more than {@link #LONG_WAIT}. */
    static boolean waitingLong(NegotiationStep step, Instant stepSince, LocalDate today) {
        return step != NegotiationStep.AGREED
                && LocalDate.ofInstant(stepSince, ZoneOffset.UTC).isBefore(today.minus(LONG_WAIT));
    }
}
