package app.commonground.activity;

import app.commonground.base.live.SpacePart;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.UnaryOperator;

/** Reads the newest activity for the space's live model, or the one line another server recorded. */
@Component
class ActivityPart implements SpacePart<RecentActivity> {

    private final ActivityRepository activities;

    ActivityPart(ActivityRepository activities) {
        this.activities = activities;
    }

    @Override
    public Class<RecentActivity> type() {
        return RecentActivity.class;
    }

    @Override
    public RecentActivity load(UUID spaceId) {
        return new RecentActivity(activities.findNewest(spaceId, PageRequest.of(0, RecentActivity.KEPT)).stream()
                .map(Activity::line).toList());
    }

    @Override
    public UnaryOperator<RecentActivity> reread(UUID spaceId, UUID lineId) {
        return activities.findLine(lineId, spaceId).map(Activity::line)
                .<UnaryOperator<RecentActivity>>map(line -> recent -> recent.with(line))
                .orElse(UnaryOperator.identity());
    }
}
