package app.commonground.board;

import app.commonground.base.GoneException;
import java.util.UUID;

/** No such item, or not in a space the caller belongs to. */
public class ItemNotFoundException extends GoneException {

    public ItemNotFoundException(UUID itemId) {
        super("No item " + itemId);
    }
}
