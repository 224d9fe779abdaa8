package app.commonground.responsibility;

import java.util.UUID;

/**
 * One partner's share of the list in time: minutes per week, shared items split evenly. Agreed and
 * proposed time are kept apart. Time, never points.
 */
public record PartnerTime(UUID accountId, String name, double agreedMinutes, double proposedMinutes) {
}
