package app.commonground.activity;

import app.commonground.base.live.SpaceChange;
import app.commonground.space.CounsellorAccessChanged;
import app.commonground.space.PartnerJoined;
import app.commonground.space.SpaceAccess;
import app.commonground.space.SpaceMembership;
import app.commonground.space.SpaceRole;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    ActivityLog(ActivityRepository activities, SpaceAccess access, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
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
        save(new Activity(actor.spaceId(), actor.accountId(), itemId, description, clock.instant()), null);
    }

    private void save(Activity activity, String actorName) {
        activities.save(activity);
        ActivityLine line = activity.line(actorName);
        events.publishEvent(new SpaceChange<>(activity.spaceId(), 0, RecentActivity.class, line.id(),
                recent -> recent.with(line)));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void counsellorAccessChanged(CounsellorAccessChanged changed) {
        String counsellor = changed.counsellorId() == null ? null : activities.nameOf(changed.counsellorId());
        String description = switch (changed.change()) {
            case INVITED -> "invited a counsellor to observe the space";
            case ASKED -> "asked to observe the space, waiting for both partners' consent";
            case APPROVED -> "approved " + counsellor + " as an observer";
            case DECLINED -> "declined " + counsellor + " as an observer";
            case REVOKED -> "ended " + counsellor + "'s access to the space";
            case AWAITS_NEW_PARTNER -> "is asked to approve " + counsellor + ", who observes again once they do";
        };
        save(new Activity(changed.spaceId(), changed.actorId(), null, description, clock.instant()),
                activities.nameOf(changed.actorId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void partnerJoined(PartnerJoined joined) {
        save(new Activity(joined.spaceId(), joined.accountId(), null, "joined the space", clock.instant()),
                activities.nameOf(joined.accountId()));
    }

    /**
     * The newest entries, newest first: the first {@code pages} pages of {@value #PAGE_SIZE}. Members only;
     * a counsellor gets none about items hidden from them.
     */
    @Transactional(readOnly = true)
    public ActivityPage newest(UUID spaceId, int pages) {
        boolean observer = access.requireReader(spaceId).role() == SpaceRole.COUNSELLOR;
        int wanted = Math.max(1, pages) * PAGE_SIZE;
        PageRequest page = PageRequest.of(0, wanted + 1);
        List<ActivityEntry> entries = observer ? activities.findNewestForObserver(spaceId, page)
                : activities.findNewest(spaceId, page);
        return new ActivityPage(entries.stream().limit(wanted).toList(), entries.size() > wanted);
    }
}
