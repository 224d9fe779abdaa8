package app.commonground.space;

import app.commonground.base.live.SpaceEvent;

import java.util.UUID;

/**
 * A partner invited a counsellor (no counsellor id yet), a counsellor asked to observe, or a partner approved, declined or ended their access. Open screens
 * recheck what they may show; a counsellor whose access ended sees that at once.
 */
public record CounsellorAccessChanged(UUID spaceId, UUID actorId, UUID counsellorId, Change change)
        implements SpaceEvent {

    public enum Change { INVITED, ASKED, APPROVED, DECLINED, REVOKED }
}
