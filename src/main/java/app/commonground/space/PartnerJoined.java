package app.commonground.space;


import java.util.UUID;

/** Someone joined a space through an invitation. */
public record PartnerJoined(UUID spaceId, UUID accountId) {
}
