package app.commonground.space;

import java.util.List;
import java.util.UUID;

/** One line of "My spaces": a space, the viewer's role there and the partners' names. */
public record SpaceSummary(UUID id, String name, SpaceRole viewerRole, List<String> partnerNames,
                           boolean waitingForConsent) {
}
