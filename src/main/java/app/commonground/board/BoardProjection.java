package app.commonground.board;

import app.commonground.space.SpaceMembers;
import app.commonground.space.Viewer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What one viewer sees of the board: a pure function of the model, used alike by the screens (for every change)
 * and by {@link BoardService}'s reads.
 */
public final class BoardProjection {

    private BoardProjection() {
    }

    /** The whole board as {@code viewer} sees it: for a partner their own column, the shared one, the other's. */
    public static BoardSnapshot of(Board board, SpaceMembers members, Viewer viewer) {
        List<ItemView> all = board.inOrder().stream().map(item -> item(item, members, viewer))
                .flatMap(Optional::stream).toList();
        List<BoardColumn> columns = new ArrayList<>();
        for (ColumnOwner owner : columns(members, viewer)) {
            columns.add(new BoardColumn(owner.accountId(), owner.name(), viewer.isPartner()
                    && (owner.accountId() == null || owner.accountId().equals(viewer.accountId())),
                    all.stream().filter(i -> !i.archived() && Objects.equals(i.ownerId(), owner.accountId())).toList()));
        }
        List<ItemView> archived = all.stream().filter(ItemView::archived)
                .sorted(Comparator.comparing(ItemView::updatedAt).reversed()).toList();
        return new BoardSnapshot(members.spaceId(), columns, archived);
    }

    /** One item as {@code viewer} sees it; none if it is kept from them. */
    public static Optional<ItemView> item(BoardItemState item, SpaceMembers members, Viewer viewer) {
        if (!viewer.sees(item.hiddenFromCounsellor())) {
            return Optional.empty();
        }
        boolean changeable = viewer.mayChange(item.ownerId());
        return Optional.of(new ItemView(item.id(), item.revision(), item.ownerId(),
                item.ownerId() == null ? null : members.nameOf(item.ownerId()), item.kind(), item.title(),
                item.notes(), item.status(), item.targetDate(), item.support(), item.achievedAt(), item.archived(),
                changeable, item.updatedBy() == null ? null : members.nameOf(item.updatedBy()),
                item.updatedAt(), item.hiddenFromCounsellor(),
                changeable && item.ownerId() != null && item.showableBy(viewer.accountId())));
    }

    private record ColumnOwner(UUID accountId, String name) {
    }

    /** A partner: their own, the shared one, the other partner's. A counsellor: one partner, shared, the other. */
    private static List<ColumnOwner> columns(SpaceMembers members, Viewer viewer) {
        List<SpaceMembers.Person> partners = members.partners();
        ColumnOwner shared = new ColumnOwner(null, null);
        if (viewer.isPartner()) {
            List<ColumnOwner> columns = new ArrayList<>(List.of(
                    new ColumnOwner(viewer.accountId(), members.nameOf(viewer.accountId())), shared));
            partners.stream().filter(p -> !p.accountId().equals(viewer.accountId())).findFirst()
                    .ifPresent(other -> columns.add(new ColumnOwner(other.accountId(), other.name())));
            return columns;
        }
        List<ColumnOwner> columns = new ArrayList<>();
        if (!partners.isEmpty()) {
            columns.add(new ColumnOwner(partners.getFirst().accountId(), partners.getFirst().name()));
        }
        columns.add(shared);
        if (partners.size() > 1) {
            columns.add(new ColumnOwner(partners.get(1).accountId(), partners.get(1).name()));
        }
        return columns;
    }
}
