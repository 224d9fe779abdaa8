package app.commonground.base.live;

import java.util.UUID;

/** Where a space's revision is kept: read when the space's model is loaded. */
public interface SpaceRevisions {

    /** The space's revision now. */
    long current(UUID spaceId);
}
