package app.commonground.counselling;

import app.commonground.base.live.SpaceChange;
import app.commonground.base.live.SpacePart;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Reads the planned session and its requests for the space's live model (the part is small: read whole). */
@Component
class NextSessionPart implements SpacePart<NextSession> {

    private final PlannedSessionRepository plans;
    private final SessionTimeRequestRepository requests;
    private final ApplicationEventPublisher events;

    NextSessionPart(PlannedSessionRepository plans, SessionTimeRequestRepository requests,
                    ApplicationEventPublisher events) {
        this.plans = plans;
        this.requests = requests;
        this.events = events;
    }

    @Override
    public Class<NextSession> type() {
        return NextSession.class;
    }

    @Override
    public NextSession load(UUID spaceId) {
        return plans.findBySpaceId(spaceId)
                .map(plan -> new NextSession(plan.plan(requests.findByPlannedSessionIdInOrderByAskedAt(List.of(plan.id())))))
                .orElse(NextSession.NONE);
    }

    @Override
    public UnaryOperator<NextSession> reread(UUID spaceId, UUID aggregateId) {
        NextSession now = load(spaceId);
        return before -> now;
    }

    /**
     * Announces the part as the caller's transaction left it, for after the commit. A counsellor's step counts no
     * revision of the space's content (revision 0); a partner's names the one it made.
     */
    void changed(UUID spaceId, long revision) {
        NextSession now = load(spaceId);
        events.publishEvent(new SpaceChange<>(spaceId, revision, NextSession.class, null, before -> now));
    }
}
