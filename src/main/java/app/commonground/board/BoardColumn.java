package app.commonground.board;

import java.util.List;
import java.util.UUID;

/**
 * One column of the board.
 *
 * @param ownerId   whose own items these are; empty for the shared column
 * @param ownerName that partner's name; empty for the shared column
 * @param addable   whether the viewer may add items here (their own column, or the shared one)
 */
public record BoardColumn(UUID ownerId, String ownerName, boolean addable, List<ItemView> items) {

    public boolean shared() {
        return ownerId == null;
    }
}
