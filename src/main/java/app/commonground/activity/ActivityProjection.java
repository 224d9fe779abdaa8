package app.commonground.activity;

import app.commonground.space.SpaceMembers;
import app.commonground.space.Viewer;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What one viewer sees of the activity: a pure function of the model, for the screens and the service alike. */
public final class ActivityProjection {

    private ActivityProjection() {
    }

    /**
     * The newest {@code count} lines the viewer may see: a counsellor sees none about what is kept from them.
     *
     * @param hiddenFromCounsellor the subjects kept from the counsellor
     */
    public static List<ActivityEntry> newest(RecentActivity activity, SpaceMembers members, Viewer viewer,
                                             Set<UUID> hiddenFromCounsellor, int count) {
        return activity.newest().stream()
                .filter(line -> seenBy(line, viewer, hiddenFromCounsellor))
                .limit(count)
                .map(line -> new ActivityEntry(line.id(), line.actorId(), members.nameOf(line.actorId()), line.what(),
                        line.what().otherId() == null ? null : members.nameOf(line.what().otherId()), line.earlier(),
                        line.at()))
                .toList();
    }

    /** Whether the viewer sees the line: a counsellor sees none about what is kept from them. */
    public static boolean seenBy(ActivityLine line, Viewer viewer, Set<UUID> hiddenFromCounsellor) {
        return viewer.sees(line.what().keptFromCounsellor()
                || line.subjectId() != null && hiddenFromCounsellor.contains(line.subjectId()));
    }
}
