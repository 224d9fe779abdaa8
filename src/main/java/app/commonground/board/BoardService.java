package app.commonground.board;

import app.commonground.activity.ActivityLog;
import app.commonground.base.InputRules;
import app.commonground.base.Transactions;
import app.commonground.space.Member;
import app.commonground.space.SpaceAccess;
import app.commonground.space.SpaceDetails;
import app.commonground.space.SpaceMembership;
import app.commonground.space.SpaceRole;
import app.commonground.space.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The board's goals and hobbies: reading them as a viewer sees them, and every change a partner makes.
 * Partners change their own items and the shared ones; a counsellor reads only; a stranger finds nothing.
 */
@Service
public class BoardService {

    /** Where a new item goes: the caller's own column, or the shared one. */
    public enum Placement { MINE, SHARED }

    /** Which way an item moves within its column. */
    public enum Direction { UP, DOWN }

    private final BoardItemRepository items;
    private final SpaceAccess access;
    private final SpaceService spaces;
    private final ActivityLog activity;
    private final InputRules rules;
    private final ApplicationEventPublisher events;
    private final Transactions transactions;
    private final Clock clock;

    BoardService(BoardItemRepository items, SpaceAccess access, SpaceService spaces, ActivityLog activity,
                 InputRules rules, ApplicationEventPublisher events, Transactions transactions,
                 Clock clock) {
        this.items = items;
        this.access = access;
        this.spaces = spaces;
        this.activity = activity;
        this.rules = rules;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The whole board as the caller sees it. Members only. */
    public BoardSnapshot board(UUID spaceId) {
        return transactions.read(() -> {
            SpaceDetails space = spaces.details(spaceId);
            Viewer viewer = new Viewer(space);
            List<ItemView> all = items.findBySpaceIdOrderByPositionAsc(spaceId).stream()
                    .filter(viewer::maySee).map(viewer::view).toList();
            List<BoardColumn> columns = new ArrayList<>();
            for (ColumnSpec spec : viewer.columns()) {
                columns.add(new BoardColumn(spec.ownerId(), spec.label(), spec.addable(), all.stream()
                        .filter(i -> !i.archived() && Objects.equals(i.ownerId(), spec.ownerId())).toList()));
            }
            List<ItemView> archived = all.stream().filter(ItemView::archived)
                    .sorted(Comparator.comparing(ItemView::updatedAt).reversed()).toList();
            return new BoardSnapshot(spaceId, columns, archived);
        });
    }

    /** One item as the caller sees it. Members of its space only. */
    public ItemView item(UUID itemId) {
        return transactions.read(() -> {
            BoardItem item = find(itemId);
            Viewer viewer = new Viewer(spaces.details(item.spaceId()));
            if (!viewer.maySee(item)) {
                throw new ItemNotFoundException(itemId);
            }
            return viewer.view(item);
        });
    }

    /** Adds a goal or hobby to the caller's own column or the shared one. Partners only. */
    public ItemView add(UUID spaceId, Placement placement, ItemDraft draft) {
        return add(spaceId, placement, draft, false);
    }

    /**
     * Adds a goal or hobby; one in the caller's own column can be kept from the counsellor from the start,
     * so it never reaches their screen.
     */
    public ItemView add(UUID spaceId, Placement placement, ItemDraft draft, boolean hiddenFromCounsellor) {
        ItemDraft clean = rules.check(draft.normalized());
        return transactions.write(() -> {
            SpaceMembership me = access.requireEditor(spaceId);
            UUID owner = placement == Placement.MINE ? me.accountId() : null;
            BoardItem item = new BoardItem(spaceId, owner, clean, nextPosition(spaceId, owner),
                    me.accountId(), clock.instant());
            item.hideFromCounsellor(hiddenFromCounsellor && owner != null);
            items.save(item);
            activity.record(me, item.id(), "added the " + (owner == null ? "shared " : "") + clean.kind().word()
                    + " “" + clean.title() + "”");
            announce(item, false);
            return new Viewer(spaces.details(spaceId)).view(item);
        });
    }

    /**
     * Saves new content over the revision the caller last saw.
     *
     * @throws EditConflictException if someone saved the item after {@code expectedRevision}; nothing changes
     */
    public ItemView update(UUID itemId, int expectedRevision, ItemDraft draft) {
        ItemDraft clean = rules.check(draft.normalized());
        return change(itemId, expectedRevision, (item, me) -> {
            boolean nowAchieved = clean.status() == ItemStatus.ACHIEVED && !item.isAchieved();
            ItemStatus before = item.status();
            item.apply(clean, me.accountId(), clock.instant());
            activity.record(me, item.id(), describeUpdate(item, before));
            return nowAchieved;
        });
    }

    /** Changes only the status, over the revision the caller last saw; see {@link #update}. */
    public ItemView setStatus(UUID itemId, int expectedRevision, ItemStatus status) {
        ItemDraft current = transactions.read(() -> find(itemId).draft());
        return update(itemId, expectedRevision, current.withStatus(status));
    }

    /** Moves one of the caller's own items to the shared column. */
    public ItemView moveToShared(UUID itemId) {
        return change(itemId, null, (item, me) -> {
            if (item.isShared()) {
                return false;
            }
            item.placeIn(null, nextPosition(item.spaceId(), null), me.accountId(), clock.instant());
            activity.record(me, item.id(), "moved the " + item.kind().word() + " “" + item.title() + "” to Us");
            return false;
        });
    }

    /** Takes a shared item into the caller's own column. */
    public ItemView moveToMine(UUID itemId) {
        return change(itemId, null, (item, me) -> {
            if (!item.isShared()) {
                return false;
            }
            item.placeIn(me.accountId(), nextPosition(item.spaceId(), me.accountId()), me.accountId(), clock.instant());
            activity.record(me, item.id(), "took the shared " + item.kind().word() + " “" + item.title()
                    + "” into their own column");
            return false;
        });
    }

    /** Moves an item one place up or down within its column. */
    public ItemView reorder(UUID itemId, Direction direction) {
        return change(itemId, null, (item, me) -> {
            List<BoardItem> column = items.findBySpaceIdOrderByPositionAsc(item.spaceId()).stream()
                    .filter(i -> !i.isArchived() && Objects.equals(i.ownerId(), item.ownerId())).toList();
            int index = column.indexOf(item);
            int target = direction == Direction.UP ? index - 1 : index + 1;
            if (index >= 0 && target >= 0 && target < column.size()) {
                item.swapPositionWith(column.get(target));
            }
            return false;
        });
    }

    /** Keeps one of the caller's own items from the counsellor, or shows it again. */
    public ItemView hideFromCounsellor(UUID itemId, boolean hidden) {
        return change(itemId, null, (item, me) -> {
            if (item.isShared()) {
                throw new AccessDeniedException("Shared goals and hobbies are seen by everyone in the space; "
                        + "only your own can be hidden from the counsellor.");
            }
            item.hideFromCounsellor(hidden);
            return false;
        });
    }

    /** Puts an item away; it stays restorable. Nothing is ever deleted. */
    public ItemView archive(UUID itemId) {
        return change(itemId, null, (item, me) -> {
            if (!item.isArchived()) {
                item.archive(me.accountId(), clock.instant());
                activity.record(me, item.id(), "archived the " + item.kind().word() + " “" + item.title() + "”");
            }
            return false;
        });
    }

    /** Brings an archived item back to the end of its column. */
    public ItemView restore(UUID itemId) {
        return change(itemId, null, (item, me) -> {
            if (item.isArchived()) {
                item.restore(me.accountId(), clock.instant());
                item.placeIn(item.ownerId(), nextPosition(item.spaceId(), item.ownerId()), me.accountId(), clock.instant());
                activity.record(me, item.id(), "restored the " + item.kind().word() + " “" + item.title() + "”");
            }
            return false;
        });
    }

    /** A change to one item. @return whether it just became achieved */
    private interface ItemChange {
        boolean apply(BoardItem item, SpaceMembership me);
    }

    /**
     * Runs a change in its own transaction after checking the caller may make it. Refuses it if the item's
     * content is no longer at {@code expectedRevision}. When a concurrent change wins the race at commit,
     * the change is tried once more if the content it was based on is still current.
     */
    private ItemView change(UUID itemId, Integer expectedRevision, ItemChange change) {
        try {
            return tryChange(itemId, expectedRevision, change);
        } catch (ObjectOptimisticLockingFailureException lostRace) {
            try {
                return tryChange(itemId, expectedRevision, change);
            } catch (ObjectOptimisticLockingFailureException lostAgain) {
                throw new EditConflictException(item(itemId));
            }
        }
    }

    private ItemView tryChange(UUID itemId, Integer expectedRevision, ItemChange change) {
        return transactions.write(() -> {
            BoardItem item = items.findById(itemId).orElseThrow(() -> new ItemNotFoundException(itemId));
            SpaceMembership me = access.requireEditor(item.spaceId());
            Viewer viewer = new Viewer(spaces.details(item.spaceId()));
            if (!item.isShared() && !item.ownerId().equals(me.accountId())) {
                throw new NotYourItemException(viewer.name(item.ownerId()));
            }
            if (expectedRevision != null && item.revision() != expectedRevision) {
                throw new EditConflictException(viewer.view(item));
            }
            boolean achieved = change.apply(item, me);
            items.flush();
            announce(item, achieved);
            return viewer.view(item);
        });
    }

    private void announce(BoardItem item, boolean achieved) {
        events.publishEvent(achieved ? new ItemAchieved(item.spaceId(), item.id()) : new BoardChanged(item.spaceId(), item.id()));
    }

    private BoardItem find(UUID itemId) {
        BoardItem item = items.findById(itemId).orElseThrow(() -> new ItemNotFoundException(itemId));
        access.requireReader(item.spaceId());
        return item;
    }

    private int nextPosition(UUID spaceId, UUID owner) {
        return (owner == null ? items.lastSharedPosition(spaceId) : items.lastPositionOwnedBy(spaceId, owner)) + 1;
    }

    private static String describeUpdate(BoardItem item, ItemStatus before) {
        String subject = "the " + item.kind().word() + " “" + item.title() + "”";
        if (item.status() == before) {
            return "updated " + subject;
        }
        return item.isAchieved() ? "marked " + subject + " achieved"
                : "set " + subject + " to " + item.status().label().toLowerCase();
    }

    private record ColumnSpec(UUID ownerId, String label, boolean addable) {
    }

    /** How one member sees the board: whose columns, in which order, and what they may change. */
    private static final class Viewer {

        private final SpaceDetails space;
        private final UUID viewerId;

        Viewer(SpaceDetails space) {
            this.space = space;
            this.viewerId = space.viewerId();
        }

        String name(UUID accountId) {
            return accountId == null ? null : space.nameOf(accountId);
        }

        List<ColumnSpec> columns() {
            List<Member> partners = space.partners();
            if (space.viewerRole() == SpaceRole.PARTNER) {
                List<ColumnSpec> columns = new ArrayList<>(List.of(new ColumnSpec(viewerId, "Me", true),
                        new ColumnSpec(null, "Us", true)));
                partners.stream().filter(p -> !p.isViewer()).findFirst()
                        .ifPresent(other -> columns.add(new ColumnSpec(other.accountId(), other.name(), false)));
                return columns;
            }
            List<ColumnSpec> columns = new ArrayList<>();
            if (!partners.isEmpty()) {
                columns.add(new ColumnSpec(partners.getFirst().accountId(), partners.getFirst().name(), false));
            }
            columns.add(new ColumnSpec(null, "Shared", false));
            if (partners.size() > 1) {
                columns.add(new ColumnSpec(partners.get(1).accountId(), partners.get(1).name(), false));
            }
            return columns;
        }

        /** A counsellor never sees an item its owner hid from them. */
        boolean maySee(BoardItem item) {
            return space.viewerIsPartner() || !item.isHiddenFromCounsellor();
        }

        ItemView view(BoardItem item) {
            boolean changeable = space.viewerIsPartner() && (item.isShared() || item.ownerId().equals(viewerId));
            return new ItemView(item.id(), item.revision(), item.ownerId(), name(item.ownerId()), item.kind(),
                    item.title(), item.notes(), item.status(), item.targetDate(), item.support(), item.achievedAt(),
                    item.isArchived(), changeable, name(item.updatedBy()), item.updatedAt(),
                    item.isHiddenFromCounsellor());
        }
    }
}
