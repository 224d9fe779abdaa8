package app.commonground.space;

import java.util.UUID;

/** A counsellor waiting for consent, as one partner sees it: whether this partner still has to answer. */
public record ConsentRequest(UUID counsellorId, String counsellorName, boolean waitingForViewer) {
}
