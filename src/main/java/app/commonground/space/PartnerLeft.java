package app.commonground.space;

import java.util.UUID;

/** A partner left a space the other partner keeps. */
public record PartnerLeft(UUID spaceId, UUID partnerId) {
}
