package app.commonground.board;

import java.util.UUID;

/** No such item, or not in a space the caller belongs to. */
public class ItemNotFoundException extends RuntimeException {

    public ItemNotFoundException(UUID itemId) {
        super("No item " + itemId);
    }
}
