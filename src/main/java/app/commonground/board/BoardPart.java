package app.commonground.board;

import app.commonground.base.live.SpacePart;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.UnaryOperator;

/** Reads the board for the space's live model: all its items at once, or the one another server changed. */
@Component
class BoardPart implements SpacePart<Board> {

    private final BoardItemRepository items;

    BoardPart(BoardItemRepository items) {
        this.items = items;
    }

    @Override
    public Class<Board> type() {
        return Board.class;
    }

    @Override
    public Board load(UUID spaceId) {
        return Board.of(items.findBySpaceIdOrderByPositionAsc(spaceId).stream().map(BoardItem::state).toList());
    }

    @Override
    public UnaryOperator<Board> reread(UUID spaceId, UUID itemId) {
        return items.findById(itemId).filter(item -> item.spaceId().equals(spaceId)).map(BoardItem::state)
                .<UnaryOperator<Board>>map(item -> board -> board.with(item))
                .orElse(board -> board.without(itemId));
    }
}
