package app.commonground.board;

import app.commonground.base.live.Aggregate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The board's part of the space's live model: every goal and hobby, archived ones too. */
public record Board(Map<UUID, BoardItemState> items) {

    public Board {
        items = Map.copyOf(items);
    }

    static Board of(List<BoardItemState> items) {
        return new Board(items.stream().collect(Collectors.toMap(BoardItemState::id, item -> item)));
    }

    /** The board with this copy of an item, unless it already holds a newer one. */
    Board with(BoardItemState item) {
        Map<UUID, BoardItemState> changed = Aggregate.with(items, item);
        return changed == items ? this : new Board(changed);
    }

    Board without(UUID itemId) {
        Map<UUID, BoardItemState> changed = Aggregate.without(items, itemId);
        return changed == items ? this : new Board(changed);
    }

    /** The items in board order. */
    List<BoardItemState> inOrder() {
        return items.values().stream().sorted(Comparator.comparingInt(BoardItemState::position)
                .thenComparing(BoardItemState::id)).toList();
    }

    /** The items their owners keep from the counsellor: nothing about them reaches a counsellor. */
    public Set<UUID> hiddenFromCounsellor() {
        return items.values().stream().filter(BoardItemState::hiddenFromCounsellor).map(BoardItemState::id)
                .collect(Collectors.toUnmodifiableSet());
    }
}
