package app.commonground.space;

import java.util.UUID;

/**
 * A partner is leaving a space the other partner keeps, inside the leaving transaction: each feature removes
 * what was that partner's own there (their goals and hobbies, responsibilities, drafts, answers, boundaries,
 * self-checks, values) and announces its part of the model changed. What they did on shared things stays.
 */
public record PartnerLeaving(UUID spaceId, UUID partnerId) {
}
