package app.commonground.activity;

import app.commonground.space.PartnerJoined;
import app.commonground.space.SpaceAccess;
import app.commonground.space.SpaceMembership;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Who changed what and when in a space: written by the features as they change things, read as a feed. */
@Service
public class ActivityLog {

    public static final int PAGE_SIZE = 15;

    private final ActivityRepository activities;
    private final SpaceAccess access;
    private final Clock clock;

    ActivityLog(ActivityRepository activities, SpaceAccess access, Clock clock) {
        this.activities = activities;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Records what {@code actor} just did, in the caller's transaction, so the entry exists exactly when the
     * change does. Takes the membership that {@link SpaceAccess} granted for that change.
     *
     * @param itemId the board item concerned, if any
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(SpaceMembership actor, UUID itemId, String description) {
        activities.save(new Activity(actor.spaceId(), actor.accountId(), itemId, description, clock.instant()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void partnerJoined(PartnerJoined joined) {
        activities.save(new Activity(joined.spaceId(), joined.accountId(), null, "joined the space", clock.instant()));
    }

    /**
     * The newest entries, newest first: the first {@code pages} pages of {@value #PAGE_SIZE}. Members only.
     */
    @Transactional(readOnly = true)
    public ActivityPage newest(UUID spaceId, int pages) {
        access.requireReader(spaceId);
        int wanted = Math.max(1, pages) * PAGE_SIZE;
        List<ActivityEntry> entries = activities.findNewest(spaceId, PageRequest.of(0, wanted + 1));
        return new ActivityPage(entries.stream().limit(wanted).toList(), entries.size() > wanted);
    }
}
