package app.commonground.board;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole board as one viewer sees it: for a partner "Me", "Us" and the other partner's column; for a
 * counsellor the two partners' names around the shared column. Archived items are kept apart.
 */
public record BoardSnapshot(UUID spaceId, List<BoardColumn> columns, List<ItemView> archived) {

    public Optional<ItemView> item(UUID itemId) {
        return columns.stream().flatMap(c -> c.items().stream())
                .filter(i -> i.id().equals(itemId)).findFirst()
                .or(() -> archived.stream().filter(i -> i.id().equals(itemId)).findFirst());
    }
}
