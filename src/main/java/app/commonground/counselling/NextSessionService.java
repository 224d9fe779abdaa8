package app.commonground.counselling;

import app.commonground.base.InputRules;
import app.commonground.base.InvalidInputException;
import app.commonground.counselling.CounsellingViews.Session;
import app.commonground.space.CounsellorAccessChanged;
import app.commonground.space.CounsellorAccessChanged.Change;
import app.commonground.space.SpaceCommands;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * The next session: the space's counsellor plans it (a day and a time where they are), replaces or cancels it,
 * and records it as held once its time has come; a partner may ask for another time, in a few words. Both
 * partners and the counsellor see the plan and the requests, each in their own time zone, live (from the space's
 * model; {@link CounsellingService#nextSession} reads it once).
 */
@Service
public class NextSessionService {

    static final int MAX_REQUEST = 500;

    private final PlannedSessionRepository plans;
    private final SessionTimeRequestRepository requests;
    private final NextSessionPart part;
    private final CounsellingService counselling;
    private final SpaceCommands commands;
    private final InputRules rules;
    private final Clock clock;

    NextSessionService(PlannedSessionRepository plans, SessionTimeRequestRepository requests, NextSessionPart part,
                       CounsellingService counselling, SpaceCommands commands, InputRules rules, Clock clock) {
        this.plans = plans;
        this.requests = requests;
        this.part = part;
        this.counselling = counselling;
        this.commands = commands;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * The caller, a counsellor of the space, plans the next session at a day and time in their own time zone; a
     * session planned before is replaced, and the requests for another time with it. Refuses, next to the field, a
     * time that has passed, a day more than a year ahead, and what is no day or time.
     */
    public void plan(UUID spaceId, SessionTime typed) {
        ZonedDateTime startsAt = rules.check(typed).startsAt();
        ZonedDateTime now = clock.instant().atZone(typed.zone());
        if (!startsAt.isAfter(now)) {
            throw InvalidInputException.of(typed.day().isBefore(now.toLocalDate()) ? "day" : "time",
                    "input.session.past");
        }
        if (typed.day().isAfter(now.toLocalDate().plusYears(1))) {
            throw InvalidInputException.of("day", "input.session.tooFar");
        }
        commands.counsel(() -> spaceId, me -> {
            plans.findBySpaceId(spaceId).ifPresent(this::remove);
            plans.save(new PlannedSession(spaceId, me.accountId(), startsAt.toInstant(), typed.zone(), clock.instant()));
            part.changed(spaceId, 0);
            return null;
        });
    }

    /** The caller, a counsellor of the space, cancels the session planned. */
    public void cancel(UUID spaceId) {
        commands.counsel(() -> spaceId, me -> {
            remove(plans.findBySpaceId(spaceId).orElseThrow(NextSessionService::nothingPlanned));
            part.changed(spaceId, 0);
            return null;
        });
    }

    /**
     * The caller, the counsellor who planned the session, records it as held once its time has come: on its day
     * where they planned it, as {@link CounsellingService#recordSession} would. The plan is done with then.
     */
    public Session recordAsHeld(UUID spaceId) {
        return commands.counsel(() -> spaceId, me -> {
            PlannedSession plan = plans.findBySpaceId(spaceId).filter(p -> p.counsellorId().equals(me.accountId()))
                    .orElseThrow(NextSessionService::nothingPlanned);
            if (plan.startsAt().isAfter(clock.instant())) {
                throw new CounsellingStepException("refused.counselling.session.notYet");
            }
            Session held = counselling.record(spaceId, me.accountId(), LocalDate.ofInstant(plan.startsAt(), plan.zone()));
            remove(plan);
            part.changed(spaceId, 0);
            return held;
        });
    }

    /**
     * The caller, a partner, asks the counsellor for another time, in a few words (asking again changes their
     * words). The plan stays as it is until the counsellor changes it.
     */
    public void askForAnotherTime(UUID spaceId, String words) {
        String text = request(words);
        commands.change(spaceId, step -> {
            PlannedSession plan = plans.findBySpaceId(spaceId)
                    .filter(p -> NextSessionProjection.counsels(step.members().members(), p.counsellorId()))
                    .orElseThrow(NextSessionService::nothingPlanned);
            UUID me = step.me().accountId();
            Instant now = clock.instant();
            requests.findByPlannedSessionIdAndPartnerId(plan.id(), me).ifPresentOrElse(
                    asked -> asked.askAgain(text, now), () -> requests.save(new SessionTimeRequest(plan.id(), me, text, now)));
            part.changed(spaceId, step.revision());
            return null;
        });
    }

    /**
     * A counsellor whose access ends (revoked, ended by themselves, or paused while a partner left) holds no
     * session: their plan goes, with the requests for another time, so none comes back if they are let in again.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void accessChanged(CounsellorAccessChanged changed) {
        if (changed.change() == Change.REVOKED || changed.change() == Change.ENDED
                || changed.change() == Change.AWAITS_NEW_PARTNER) {
            UUID counsellor = Objects.requireNonNullElse(changed.counsellorId(), changed.actorId());
            plans.findBySpaceId(changed.spaceId()).filter(plan -> plan.counsellorId().equals(counsellor))
                    .ifPresent(plan -> {
                        remove(plan);
                        part.changed(changed.spaceId(), 0);
                    });
        }
    }

    private void remove(PlannedSession plan) {
        plans.delete(plan);
        plans.flush();
    }

    private static CounsellingStepException nothingPlanned() {
        return new CounsellingStepException("refused.counselling.plan.gone");
    }

    private static String request(String words) {
        return CounsellingService.typed(words, MAX_REQUEST, "input.counselling.request.empty", "input.tooLong");
    }
}
