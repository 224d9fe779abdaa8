package app.commonground.counselling;

import app.commonground.counselling.CounsellingViews.NextSessionView;
import app.commonground.counselling.CounsellingViews.TimeRequest;
import app.commonground.space.SpaceMembers;
import app.commonground.space.SpaceRole;
import app.commonground.space.Viewer;

import java.util.Optional;
import java.util.UUID;

/**
 * What a member of the space sees of the next session: the plan of a counsellor who still observes the space (a
 * counsellor whose access ended has no session to hold), and the requests for another time, seen by everyone in
 * the space.
 */
public final class NextSessionProjection {

    private NextSessionProjection() {
    }

    public static Optional<NextSessionView> of(NextSession next, SpaceMembers members, Viewer viewer) {
        NextSession.Plan plan = next.plan();
        if (plan == null || !counsels(members, plan.counsellorId())) {
            return Optional.empty();
        }
        return Optional.of(new NextSessionView(plan.id(), members.nameOf(plan.counsellorId()), plan.startsAt(),
                plan.zone(), viewer.accountId().equals(plan.counsellorId()),
                plan.requests().stream().map(request -> new TimeRequest(members.nameOf(request.partnerId()),
                        request.askedAt(), request.words(), viewer.accountId().equals(request.partnerId()))).toList()));
    }

    /** Whether the plan's counsellor observes the space now, with both partners' consent. */
    static boolean counsels(SpaceMembers members, UUID counsellorId) {
        return members.viewer(counsellorId).filter(who -> who.role() == SpaceRole.COUNSELLOR).isPresent();
    }
}
