package app.commonground.page;

import app.commonground.activity.ActivityEntry;
import app.commonground.activity.ActivityLog;
import app.commonground.base.ui.Dates;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationStep;
import app.commonground.responsibility.ResponsibilityService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.UUID;

/** What a counsellor's home says of a space they observe: the last activity and what is still open. */
@Component
class ObservedSpaceFacts {

    private final ActivityLog activity;
    private final ResponsibilityService responsibilities;
    private final NegotiationService negotiations;
    private final Clock clock;

    ObservedSpaceFacts(ActivityLog activity, ResponsibilityService responsibilities, NegotiationService negotiations,
                       Clock clock) {
        this.activity = activity;
        this.responsibilities = responsibilities;
        this.negotiations = negotiations;
        this.clock = clock;
    }

    String describe(UUID spaceId) {
        String last = activity.newest(spaceId, 1).entries().stream().findFirst()
                .map(ActivityEntry::at).map(at -> "Last activity " + Dates.ago(at, clock.instant()))
                .orElse("No activity yet");
        long proposals = responsibilities.list(spaceId).items().stream().filter(r -> !r.agreed()).count();
        long open = negotiations.list(spaceId).stream().filter(n -> n.step() != NegotiationStep.AGREED).count();
        return last + " · " + count(proposals, "open proposal") + " · " + count(open, "open negotiation");
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
