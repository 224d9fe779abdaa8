package app.commonground.activity;

import app.commonground.base.live.SpaceChange;
import app.commonground.space.CounsellorAccessChanged;
import app.commonground.space.PartnerJoined;
import app.commonground.space.PartnerLeft;
import app.commonground.space.SpaceAccess;
import app.commonground.space.SpaceMembership;
import app.commonground.space.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Who changed what and when in a space: written by the features as they change things, read as a feed. */
@Service
public class ActivityLog {

    public static final int PAGE_SIZE = 15;

    private final ActivityRepository activities;
    private final SpaceService spaces;
    private final SpaceAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ActivityLog(ActivityRepository activities, SpaceService spaces, SpaceAccess access, Clock clock,
                ApplicationEventPublisher events) {
        this.activities = activities;
        this.access = access;
        this.spaces = spaces;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records what {@code actor} just did, in the caller's transaction, so the line exists exactly when the
     * change does, and announces it to the space's live models. Takes the membership that {@link SpaceAccess}
     * granted for that change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(SpaceMembership actor, Happened what) {
        save(actor.spaceId(), actor.accountId(), what);
    }

    private void save(UUID spaceId, UUID actorId, Happened what) {
        Activity activity = activities.save(new Activity(spaceId, actorId, what, clock.instant()));
        ActivityLine line = activity.line();
        events.publishEvent(new SpaceChange<>(spaceId, 0, RecentActivity.class, line.id(), recent -> recent.with(line)));
        events.publishEvent(new ActivityRecorded(spaceId, actorId, what.kind(), what.otherId(), line.at()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void counsellorAccessChanged(CounsellorAccessChanged changed) {
        Happened what = switch (changed.change()) {
            case INVITED -> Happened.inSpace(ActivityKind.COUNSELLOR_INVITED);
            case ASKED -> Happened.inSpace(ActivityKind.COUNSELLOR_ASKED);
            case APPROVED -> Happened.inSpace(ActivityKind.COUNSELLOR_APPROVED);
            case DECLINED -> Happened.inSpace(ActivityKind.COUNSELLOR_DECLINED);
            case REVOKED -> Happened.inSpace(ActivityKind.COUNSELLOR_REVOKED);
            case AWAITS_NEW_PARTNER -> Happened.inSpace(ActivityKind.COUNSELLOR_AWAITS_NEW_PARTNER);
            case ENDED -> Happened.inSpace(ActivityKind.COUNSELLOR_ENDED);
        };
        save(changed.spaceId(), changed.actorId(), changed.counsellorId() == null
                || changed.change() == CounsellorAccessChanged.Change.ENDED ? what : what.naming(changed.counsellorId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void partnerJoined(PartnerJoined joined) {
        save(joined.spaceId(), joined.accountId(), Happened.inSpace(ActivityKind.PARTNER_JOINED));
    }

    /**
     * The lines about things that went with their owner, who left the space: they go too, so no title of
     * theirs stays in the history. In the leaving transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(UUID spaceId, Collection<UUID> subjects) {
        if (!subjects.isEmpty()) {
            activities.deleteAbout(spaceId, subjects);
            events.publishEvent(SpaceChange.reread(spaceId, 0, RecentActivity.class, null));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void partnerLeft(PartnerLeft left) {
        save(left.spaceId(), left.partnerId(), Happened.inSpace(ActivityKind.PARTNER_LEFT));
    }

    /**
     * What happened of these kinds since {@code from}, oldest first and at most {@code limit} lines, as the caller
     * may see it (a counsellor: nothing about an item kept from them). Members only.
     */
    @Transactional(readOnly = true)
    public List<ActivityEntry> since(UUID spaceId, Instant from, Set<ActivityKind> kinds, int limit) {
        SpaceService.Membered space = spaces.members(spaceId);
        List<Activity> lines = activities.findSince(spaceId, from, kinds, PageRequest.of(0, limit));
        return ActivityProjection.newest(new RecentActivity(lines.stream().map(Activity::line).toList()),
                space.members(), space.viewer(), activities.findHiddenFromCounsellor(spaceId), limit);
    }

    /**
     * The newest lines, newest first: the first {@code pages} pages of {@value #PAGE_SIZE}, by the same
     * projection as the screens. Members only; a counsellor gets none about items hidden from them.
     */
    @Transactional(readOnly = true)
    public ActivityPage newest(UUID spaceId, int pages) {
        SpaceService.Membered space = spaces.members(spaceId);
        int wanted = Math.max(1, pages) * PAGE_SIZE;
        PageRequest page = PageRequest.of(0, wanted + 1);
        List<Activity> lines = space.viewer().isPartner() ? activities.findNewest(spaceId, page)
                : activities.findNewestForObserver(spaceId, page);
        List<ActivityEntry> entries = ActivityProjection.newest(new RecentActivity(lines.stream().map(Activity::line).toList()),
                space.members(), space.viewer(), activities.findHiddenFromCounsellor(spaceId), wanted + 1);
        return new ActivityPage(entries.stream().limit(wanted).toList(), entries.size() > wanted);
    }

    /**
     * For the caller's caseload: in each space they observe as a counsellor now, how many lines of these kinds
     * they may see since that space's {@code from} (what {@link #since} would list), in three reads however many
     * spaces. Spaces they do not observe are left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Map<ActivityKind, Integer>> countsForCounsellor(Map<UUID, Instant> from, Set<ActivityKind> kinds) {
        Map<UUID, SpaceMembership> observed = access.observedNow(from.keySet());
        if (observed.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Set<UUID>> hidden = activities.findHiddenFromCounsellorIn(observed.keySet()).stream().collect(
                Collectors.groupingBy(HiddenItem::spaceId, Collectors.mapping(HiddenItem::itemId, Collectors.toSet())));
        Instant earliest = observed.keySet().stream().map(from::get).min(Comparator.naturalOrder()).orElseThrow();
        Map<UUID, Map<ActivityKind, Integer>> counts = new HashMap<>();
        observed.keySet().forEach(spaceId -> counts.put(spaceId, new EnumMap<>(ActivityKind.class)));
        for (Activity line : activities.findSinceIn(observed.keySet(), earliest, kinds)) {
            ActivityLine seen = line.line();
            if (!seen.at().isBefore(from.get(line.spaceId())) && ActivityProjection.seenBy(seen,
                    observed.get(line.spaceId()).viewer(), hidden.getOrDefault(line.spaceId(), Set.of()))) {
                counts.get(line.spaceId()).merge(seen.what().kind(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
