package app.commonground.space;

import java.util.UUID;

/** A person in a space, as the viewer sees them. */
public record Member(UUID accountId, String name, SpaceRole role, boolean isViewer) {
}
