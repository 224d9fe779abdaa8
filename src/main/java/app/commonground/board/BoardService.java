package app.commonground.board;

import app.commonground.activity.ActivityKind;
import app.commonground.activity.ActivityLog;
import app.commonground.activity.Happened;
import app.commonground.base.AccessRefusedException;
import app.commonground.base.InputRules;
import app.commonground.base.Transactions;
import app.commonground.space.Member;
import app.commonground.space.SpaceAccess;
import app.commonground.space.SpaceCommands;
import app.commonground.space.SpaceMembership;
import app.commonground.space.SpaceService;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The board's goals and hobbies: reading them as a viewer sees them, and every change a partner makes.
 * Partners change their own items and the shared ones; a counsellor reads only; a stranger finds nothing.
 */
@Service
public class BoardService {

    /** The activity's detail for an item added to the shared column. */
    public static final String SHARED = "SHARED";

    /** Where a new item goes: the caller's own column, or the shared one. */
    public enum Placement { MINE, SHARED }

    /** Which way an item moves within its column. */
    public enum Direction { UP, DOWN }

    private final BoardItemRepository items;
    private final SpaceAccess access;
    private final SpaceService spaces;
    private final SpaceCommands commands;
    private final ActivityLog activity;
    private final InputRules rules;
    private final Transactions transactions;
    private final Clock clock;

    BoardService(BoardItemRepository items, SpaceAccess access, SpaceService spaces, SpaceCommands commands,
                 ActivityLog activity, InputRules rules, Transactions transactions, Clock clock) {
        this.items = items;
        this.access = access;
        this.spaces = spaces;
        this.commands = commands;
        this.activity = activity;
        this.rules = rules;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The whole board as the caller sees it, by the same projection as the screens. Members only. */
    public BoardSnapshot board(UUID spaceId) {
        return transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            Board board = Board.of(items.findBySpaceIdOrderByPositionAsc(spaceId).stream().map(BoardItem::state).toList());
            return BoardProjection.of(board, space.members(), space.viewer());
        });
    }

    /** One item as the caller sees it. Members of its space only. */
    public ItemView item(UUID itemId) {
        return transactions.read(() -> {
            BoardItem item = items.findById(itemId).orElseThrow(() -> new ItemNotFoundException(itemId));
            return view(item, spaces.members(item.spaceId()));
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
        return commands.change(spaceId, step -> {
            SpaceMembership me = step.me();
            UUID owner = placement == Placement.MINE ? me.accountId() : null;
            BoardItem item = new BoardItem(spaceId, owner, clean, nextPosition(spaceId, owner),
                    me.accountId(), clock.instant());
            item.hideFromCounsellor(hiddenFromCounsellor && owner != null, me.accountId());
            items.save(item);
            activity.record(me, owner == null
                    ? Happened.about(ActivityKind.ITEM_ADDED, item.id(), clean.title(), clean.kind().name(), SHARED)
                    : Happened.about(ActivityKind.ITEM_ADDED, item.id(), clean.title(), clean.kind().name()));
            return saved(step, List.of(item));
        });
    }

    /**
     * Saves new content over the revision the caller last saw.
     *
     * @throws EditConflictException if someone saved the item after {@code expectedRevision}; nothing changes
     */
    public ItemView update(UUID itemId, int expectedRevision, ItemDraft draft) {
        ItemDraft clean = rules.check(draft.normalized());
        return change(itemId, expectedRevision, (item, me, changed) -> {
            ItemStatus before = item.status();
            item.apply(clean, me.accountId(), clock.instant());
            activity.record(me, updated(item, before));
        });
    }

    /** Changes only the status, over the revision the caller last saw; see {@link #update}. */
    public ItemView setStatus(UUID itemId, int expectedRevision, ItemStatus status) {
        ItemDraft current = transactions.read(() -> {
            BoardItem item = items.findById(itemId).orElseThrow(() -> new ItemNotFoundException(itemId));
            access.requireReader(item.spaceId());
            return item.draft();
        });
        return update(itemId, expectedRevision, current.withStatus(status));
    }

    /** Moves one of the caller's own items to the shared column. */
    public ItemView moveToShared(UUID itemId) {
        return change(itemId, null, (item, me, changed) -> {
            if (item.isShared()) {
                return;
            }
            item.placeIn(null, nextPosition(item.spaceId(), null), me.accountId(), clock.instant());
            activity.record(me, happened(ActivityKind.ITEM_MOVED_TO_SHARED, item));
        });
    }

    /** Takes a shared item into the caller's own column. */
    public ItemView moveToMine(UUID itemId) {
        return change(itemId, null, (item, me, changed) -> {
            if (!item.isShared()) {
                return;
            }
            item.placeIn(me.accountId(), nextPosition(item.spaceId(), me.accountId()), me.accountId(), clock.instant());
            activity.record(me, happened(ActivityKind.ITEM_TAKEN_INTO_OWN, item));
        });
    }

    /** Moves an item one place up or down within its column. */
    public ItemView reorder(UUID itemId, Direction direction) {
        return change(itemId, null, (item, me, changed) -> {
            List<BoardItem> column = items.findBySpaceIdOrderByPositionAsc(item.spaceId()).stream()
                    .filter(i -> !i.isArchived() && Objects.equals(i.ownerId(), item.ownerId())).toList();
            int index = column.indexOf(item);
            int target = direction == Direction.UP ? index - 1 : index + 1;
            if (index >= 0 && target >= 0 && target < column.size()) {
                item.swapPositionWith(column.get(target));
                changed.add(column.get(target));
            }
        });
    }

    /**
     * Keeps one of the caller's own items from the counsellor, or shows it again: only the partner who kept it
     * does, also when the other partner has since taken it into their own column.
     */
    public ItemView hideFromCounsellor(UUID itemId, boolean hidden) {
        return change(itemId, null, (item, me, changed) -> {
            if (item.isShared()) {
                throw new AccessRefusedException("refused.board.sharedSeenByAll");
            }
            if (!hidden && item.isHiddenFromCounsellor() && !item.state().showableBy(me.accountId())) {
                throw new AccessRefusedException("refused.board.keptByPartner");
            }
            item.hideFromCounsellor(hidden, me.accountId());
        });
    }

    /** Puts an item away; it stays restorable. Nothing is ever deleted. */
    public ItemView archive(UUID itemId) {
        return change(itemId, null, (item, me, changed) -> {
            if (!item.isArchived()) {
                item.archive(me.accountId(), clock.instant());
                activity.record(me, happened(ActivityKind.ITEM_ARCHIVED, item));
            }
        });
    }

    /** Brings an archived item back to the end of its column. */
    public ItemView restore(UUID itemId) {
        return change(itemId, null, (item, me, changed) -> {
            if (item.isArchived()) {
                item.restore(me.accountId(), clock.instant());
                item.placeIn(item.ownerId(), nextPosition(item.spaceId(), item.ownerId()), me.accountId(), clock.instant());
                activity.record(me, happened(ActivityKind.ITEM_RESTORED, item));
            }
        });
    }

    /** A change to one item, made by a partner. */
    private interface ItemChange {
        /** @param changed the items the change touched: the item, and any other it moved */
        void apply(BoardItem item, SpaceMembership me, List<BoardItem> changed);
    }

    /**
     * Runs a change to one item through the space's one command path; refuses it if the item's content is no
     * longer at {@code expectedRevision} (none: the change does not depend on the content).
     */
    private ItemView change(UUID itemId, Integer expectedRevision, ItemChange change) {
        return commands.change(() -> items.findSpaceIdById(itemId).orElseThrow(() -> new ItemNotFoundException(itemId)),
                step -> {
                    BoardItem item = items.findById(itemId).orElseThrow(() -> new ItemNotFoundException(itemId));
                    SpaceMembership me = step.me();
                    if (!item.isShared() && !item.ownerId().equals(me.accountId())) {
                        throw new NotYourItemException(step.members().members().nameOf(item.ownerId()));
                    }
                    if (expectedRevision != null && item.revision() != expectedRevision) {
                        throw new EditConflictException(view(item, step.members()));
                    }
                    List<BoardItem> changed = new ArrayList<>(List.of(item));
                    change.apply(item, me, changed);
                    return saved(step, changed);
                });
    }

    /** Writes the item, announces its new state (and a neighbour's, after a swap) and returns the caller's view. */
    private ItemView saved(SpaceCommands.Step step, List<BoardItem> changed) {
        items.flush();
        for (BoardItem item : changed) {
            BoardItemState state = item.state();
            step.changed(Board.class, item.id(), board -> board.with(state));
        }
        return view(changed.getFirst(), step.members());
    }

    private static ItemView view(BoardItem item, SpaceService.Membered space) {
        return BoardProjection.item(item.state(), space.members(), space.viewer())
                .orElseThrow(() -> new ItemNotFoundException(item.id()));
    }

    private int nextPosition(UUID spaceId, UUID owner) {
        return (owner == null ? items.lastSharedPosition(spaceId) : items.lastPositionOwnedBy(spaceId, owner)) + 1;
    }

    private static Happened updated(BoardItem item, ItemStatus before) {
        if (item.status() == before) {
            return happened(ActivityKind.ITEM_UPDATED, item);
        }
        return item.isAchieved() ? happened(ActivityKind.ITEM_ACHIEVED, item)
                : Happened.about(ActivityKind.ITEM_STATUS_SET, item.id(), item.title(), item.kind().name(),
                item.status().name());
    }

    private static Happened happened(ActivityKind kind, BoardItem item) {
        return Happened.about(kind, item.id(), item.title(), item.kind().name());
    }
}
