package app.commonground.space;


import java.util.UUID;

/**
 * A partner invited a counsellor (no counsellor id yet), a counsellor asked to observe, a partner approved,
 * declined or ended their access, a counsellor ended their own observing, or a new partner joined and the counsellor waits for their consent. Open
 * screens recheck what they may show; a counsellor whose access ended or paused sees that at once.
 */
public record CounsellorAccessChanged(UUID spaceId, UUID actorId, UUID counsellorId, Change change) {

    public enum Change { INVITED, ASKED, APPROVED, DECLINED, REVOKED, AWAITS_NEW_PARTNER, ENDED }
}
