package app.commonground.responsibility;

import app.commonground.space.SpaceMembers;
import app.commonground.space.Viewer;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What one viewer sees of the responsibilities: a pure function of the model, used alike by the screens and by
 * {@link ResponsibilityService}'s reads.
 */
public final class ResponsibilityProjection {

    private ResponsibilityProjection() {
    }

    /** The list, what waits for the viewer first, and the balance of agreed and proposed time. */
    public static ResponsibilityList of(Responsibilities all, SpaceMembers members, Viewer viewer) {
        List<ResponsibilityView> views = all.items().values().stream().map(item -> view(item, members, viewer))
                .sorted(Comparator.comparing((ResponsibilityView r) -> !r.needsViewer())
                        .thenComparing(ResponsibilityView::area)
                        .thenComparing(ResponsibilityView::title, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(r -> r.id().toString()))
                .toList();
        return new ResponsibilityList(views, balance(all.items().values(), members));
    }

    /** One responsibility as {@code viewer} sees it. */
    public static ResponsibilityView view(Responsibilities.Item item, SpaceMembers members, Viewer viewer) {
        boolean partner = viewer.isPartner();
        UUID viewerId = viewer.accountId();
        boolean waiting = partner && !item.agreed() && !viewerId.equals(item.proposedBy());
        return new ResponsibilityView(item.id(), item.revision(), item.title(), item.area(), item.ownerId(),
                item.ownerId() == null ? null : members.nameOf(item.ownerId()), item.cadence(), item.doneMeans(), item.minutesPerWeek(),
                item.notes(), item.state(), members.nameOf(item.proposedBy()), waiting,
                item.agreedAt() == null ? null : members.nameOf(item.agreedBy()), item.agreedAt(),
                LastChange.read(item.lastChange(), members),
                item.handOverTo() == null ? null : members.nameOf(item.handOverTo()),
                partner && viewerId.equals(item.handOverTo()), viewerId.equals(item.ownerId()), partner);
    }

    private static List<PartnerTime> balance(Collection<Responsibilities.Item> all, SpaceMembers members) {
        List<SpaceMembers.Person> partners = members.partners();
        return partners.stream().map(p -> new PartnerTime(p.accountId(), p.name(),
                share(all, p.accountId(), true, partners.size()), share(all, p.accountId(), false, partners.size())))
                .toList();
    }

    private static double share(Collection<Responsibilities.Item> all, UUID partner, boolean agreed, int partners) {
        return all.stream().filter(r -> r.agreed() == agreed)
                .mapToDouble(r -> r.ownerId() == null ? (double) r.minutesPerWeek() / Math.max(1, partners)
                        : r.ownerId().equals(partner) ? r.minutesPerWeek() : 0)
                .sum();
    }
}
