package app.commonground.negotiation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Where one negotiation stands, without its words: its step, since when, and an agreement's review date. */
record NegotiationStanding(UUID spaceId, NegotiationStep step, Instant stepSince, LocalDate reviewDate) {
}
