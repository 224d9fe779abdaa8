package app.commonground.negotiation;

import app.commonground.base.live.SpaceEvent;

import java.util.UUID;

/** A negotiation moved on. Carries ids only: never a draft, a restatement or a rating. */
public record NegotiationChanged(UUID spaceId, UUID negotiationId) implements SpaceEvent {
}
