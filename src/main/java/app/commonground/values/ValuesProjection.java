package app.commonground.values;

import app.commonground.negotiation.MirrorStatus;
import app.commonground.space.SpaceMembers;
import app.commonground.space.Viewer;
import app.commonground.values.ValuesViews.BoundaryView;
import app.commonground.values.ValuesViews.Difference;
import app.commonground.values.ValuesViews.Due;
import app.commonground.values.ValuesViews.PickSide;
import app.commonground.values.ValuesViews.Rank;
import app.commonground.values.ValuesViews.SharedValueView;
import app.commonground.values.ValuesViews.ValuesPage;
import app.commonground.values.ValuesViews.ValuesReveal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What one viewer sees of boundaries and values: a pure function of the model, used alike by the screens and by
 * {@link ValuesService}'s reads. A partner sees every published boundary, both partners' values once both were
 * ready and every shared value; the counsellor only what its author chose to share with them (a shared value:
 * what its proposer chose, widened only once the other partner accepted).
 */
public final class ValuesProjection {

    private static final int DIFFERENCES = 3;

    private ValuesProjection() {
    }

    public static ValuesPage page(Values values, SpaceMembers members, Viewer viewer, LocalDate today) {
        List<BoundaryView> boundaries = values.boundaries().values().stream()
                .filter(b -> viewer.sees(!b.sharedWithCounsellor()))
                .sorted(Comparator.comparing(Values.BoundaryItem::publishedAt).thenComparing(b -> b.id().toString()))
                .map(b -> boundary(b, members, viewer, today)).toList();
        List<SharedValueView> shared = values.shared().values().stream()
                .filter(v -> viewer.sees(!v.sharedWithCounsellor()))
                .sorted(Comparator.comparing(Values.SharedItem::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(v -> v.id().toString()))
                .map(v -> new SharedValueView(v.id(), v.contentRevision(), v.name(), v.meaning(), v.goalIds(),
                        v.reviewDate(), due(v.reviewDate(), today), v.sharedWithCounsellor(), v.sharingAsked(),
                        members.nameOf(v.proposedBy()), v.agreed(),
                        viewer.isPartner() && !v.agreed() && !viewer.accountId().equals(v.proposedBy())))
                .toList();
        return new ValuesPage(boundaries, reveal(values, members, viewer), shared, viewer.isPartner());
    }

    /** The boundaries and shared values the viewer sees whose review date has come. */
    public static List<Due> due(Values values, SpaceMembers members, Viewer viewer, LocalDate today) {
        ValuesPage page = page(values, members, viewer, today);
        return Stream.concat(
                page.boundaries().stream().filter(BoundaryView::dueForReview)
                        .map(b -> new Due(b.id(), true, b.text(), b.reviewDate())),
                page.shared().stream().filter(SharedValueView::dueForReview)
                        .map(v -> new Due(v.id(), false, v.name(), v.reviewDate())))
                .toList();
    }

    private static BoundaryView boundary(Values.BoundaryItem b, SpaceMembers members, Viewer viewer, LocalDate today) {
        boolean partner = viewer.isPartner();
        boolean mine = b.authorId().equals(viewer.accountId());
        boolean listener = partner && !mine;
        String listenerName = members.partners().stream()
                .filter(p -> !p.accountId().equals(b.authorId()))
                .map(SpaceMembers.Person::name).findFirst().orElse(null);
        return new BoundaryView(b.id(), b.contentRevision(), b.authorId(), members.nameOf(b.authorId()), listenerName, mine,
                b.kind(), b.text(), b.publishedAt(), b.reviewDate(), due(b.reviewDate(), today), b.sharedWithCounsellor(),
                b.restatement(), b.status(), b.correction(), b.negotiationId(),
                listener && (b.status() == MirrorStatus.WRITING || b.status() == MirrorStatus.CORRECTED),
                partner && mine && b.status() == MirrorStatus.WAITING, listener && b.negotiationId() == null);
    }

    private static ValuesReveal reveal(Values values, SpaceMembers members, Viewer viewer) {
        List<SpaceMembers.Person> partners = members.partners();
        boolean revealed = values.picks().values().stream().anyMatch(Values.Pick::revealed);
        List<PickSide> sides = new ArrayList<>();
        for (SpaceMembers.Person partner : partners) {
            Values.Pick pick = values.picks().values().stream().filter(p -> p.partnerId().equals(partner.accountId()))
                    .findFirst().orElse(null);
            boolean shown = pick != null && pick.revealed() && viewer.sees(!pick.sharedWithCounsellor());
            sides.add(new PickSide(partner.accountId(), partner.name(), partner.accountId().equals(viewer.accountId()),
                    pick != null && pick.ready(), shown ? pick.values() : List.of(), shown));
        }
        boolean bothShown = sides.size() == 2 && sides.stream().allMatch(PickSide::shown);
        return new ValuesReveal(sides, revealed, bothShown ? inCommon(sides) : List.of(),
                bothShown ? differences(sides) : List.of());
    }

    private static List<String> inCommon(List<PickSide> sides) {
        List<String> first = sides.get(0).values();
        List<String> second = sides.get(1).values();
        return first.stream().filter(value -> rank(second, value) != null)
                .sorted(Comparator.comparingInt(value -> Math.min(rank(first, value), rank(second, value))))
                .toList();
    }

    private static List<Difference> differences(List<PickSide> sides) {
        List<String> first = sides.get(0).values();
        List<String> second = sides.get(1).values();
        Set<String> all = new LinkedHashSet<>();
        Stream.concat(first.stream(), second.stream()).forEach(value -> {
            if (all.stream().noneMatch(kept -> kept.equalsIgnoreCase(value))) {
                all.add(value);
            }
        });
        return all.stream()
                .filter(value -> gap(first, second, value) > 1)
                .sorted(Comparator.comparingInt((String value) -> gap(first, second, value)).reversed())
                .limit(DIFFERENCES)
                .map(value -> new Difference(value, List.of(new Rank(sides.get(0).name(), rank(first, value)),
                        new Rank(sides.get(1).name(), rank(second, value)))))
                .toList();
    }

    private static int gap(List<String> first, List<String> second, String value) {
        return Math.abs(Objects.requireNonNullElse(rank(first, value), 6) - Objects.requireNonNullElse(rank(second, value), 6));
    }

    /** 1 for the first of the list; none if not in it (letter case aside). */
    private static Integer rank(List<String> values, String value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                return i + 1;
            }
        }
        return null;
    }

    private static boolean due(LocalDate reviewDate, LocalDate today) {
        return reviewDate != null && !reviewDate.isAfter(today);
    }
}
