package app.commonground.activity;

import java.util.UUID;

/** An item its owner keeps from the counsellor, and its space. */
record HiddenItem(UUID spaceId, UUID itemId) {
}
