package app.commonground.counselling;

import java.util.UUID;

/** How many of something one space has. */
record Counted(UUID spaceId, long count) {
}
