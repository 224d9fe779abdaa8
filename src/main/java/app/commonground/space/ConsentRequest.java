package app.commonground.space;

import java.util.List;
import java.util.UUID;

/**
 * A counsellor waiting for consent, as one partner sees it: whether this partner still has to answer, and
 * which partners have approved so far.
 */
public record ConsentRequest(UUID counsellorId, String counsellorName, boolean waitingForViewer,
                             List<String> approvedBy) {
}
