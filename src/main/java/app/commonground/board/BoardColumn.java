package app.commonground.board;

import java.util.List;
import java.util.UUID;

/**
 * One column of the board.
 *
 * @param ownerId    whose own items these are; empty for the shared column
 * @param label      "Me", "Us", a partner's name
 * @param addable    whether the viewer may add items here
 */
public record BoardColumn(UUID ownerId, String label, boolean addable, List<ItemView> items) {

    public boolean shared() {
        return ownerId == null;
    }
}
