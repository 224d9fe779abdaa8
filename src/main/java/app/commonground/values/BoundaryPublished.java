package app.commonground.values;

import app.commonground.base.SpaceMoment;

import java.time.Instant;
import java.util.UUID;

/** When a boundary was published in its space, and whether its author shares it with the counsellor. */
record BoundaryPublished(UUID spaceId, Instant publishedAt, boolean sharedWithCounsellor) {

    SpaceMoment moment() {
        return new SpaceMoment(spaceId, publishedAt);
    }
}
