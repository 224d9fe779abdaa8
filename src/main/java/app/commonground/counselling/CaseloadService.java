package app.commonground.counselling;

import app.commonground.activity.ActivityKind;
import app.commonground.activity.ActivityLog;
import app.commonground.base.Transactions;
import app.commonground.checkin.CheckinService;
import app.commonground.counselling.CaseloadViews.Case;
import app.commonground.counselling.CaseloadViews.SinceCounts;
import app.commonground.counselling.CaseloadViews.Standing;
import app.commonground.counselling.CounsellingViews.NextSessionView;
import app.commonground.counselling.CounsellingViews.TimeRequest;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationViews.CaseCounts;
import app.commonground.security.CurrentUser;
import app.commonground.space.CounselledSpace;
import app.commonground.space.MembershipStatus;
import app.commonground.space.SpaceMembers;
import app.commonground.space.SpaceRole;
import app.commonground.space.SpaceService;
import app.commonground.space.Viewer;
import app.commonground.values.ValuesService;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A counsellor's caseload: every couple they counsel on one page, with the last and the next session and what
 * changed since the last one, counted by the same rules as "since our last session" lists it. A page of any size
 * is read in the same few statements: one per kind of thing, for all the couples at once.
 */
@Service
public class CaseloadService {

    private static final Set<ActivityKind> COUNTED = Set.of(ActivityKind.ITEM_ACHIEVED, ActivityKind.OUTCOME_SIGNED);
    private final SpaceService spaces;
    private final CounsellingSessionRepository sessions;
    private final CounsellorNoteRepository notes;
    private final PlannedSessionRepository plans;
    private final SessionTimeRequestRepository timeRequests;
    private final ActivityLog activity;
    private final NegotiationService negotiations;
    private final CheckinService checkins;
    private final ValuesService values;
    private final Transactions transactions;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseloadService(SpaceService spaces, CounsellingSessionRepository sessions, CounsellorNoteRepository notes,
                    PlannedSessionRepository plans, SessionTimeRequestRepository timeRequests, ActivityLog activity, NegotiationService negotiations, CheckinService checkins,
                    ValuesService values, Transactions transactions, CurrentUser currentUser, Clock clock) {
        this.spaces = spaces;
        this.sessions = sessions;
        this.notes = notes;
        this.plans = plans;
        this.timeRequests = timeRequests;
        this.activity = activity;
        this.negotiations = negotiations;
        this.checkins = checkins;
        this.values = values;
        this.transactions = transactions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Every couple the caller counsels, waits to counsel, or counselled and kept notes about: those with a next
     * session first, soonest first, then the others by name, and those whose access ended last (their notes
     * alone). Empty for someone who counsels nobody.
     */
    public List<Case> caseload() {
        return cases(null);
    }


    /** The caller's cases of these spaces alone (a couple that changed), by the same rules as {@link #caseload}. */
    public List<Case> cases(Collection<UUID> spaceIds) {
        return transactions.read(() -> {
            List<CounselledSpace> counselled = spaces.counselled(spaceIds);
            if (counselled.isEmpty()) {
                return List.of();
            }
            UUID me = currentUser.require().accountId();
            Map<UUID, Long> noteCounts = notes.countBySpace(me).stream()
                    .collect(Collectors.toMap(Counted::spaceId, Counted::count));
            List<CounselledSpace> mine = counselled.stream()
                    .filter(space -> space.accessOrWaiting() || noteCounts.containsKey(space.spaceId())).toList();
            List<UUID> observed = mine.stream().filter(space -> space.status() == MembershipStatus.ACTIVE)
                    .map(CounselledSpace::spaceId).toList();
            Since since = since(observed);
            Map<UUID, NextSessionView> next = next(mine, me);
            return mine.stream().map(space -> row(space, since, next.get(space.spaceId()),
                    noteCounts.getOrDefault(space.spaceId(), 0L))).sorted(Case.ORDER).toList();
        });
    }

    /** The spaces of the couples the caller observes or waits to observe: those whose changes their page follows. */
    public List<UUID> followed() {
        return spaces.counselling();
    }

    private Case row(CounselledSpace space, Since since, NextSessionView next, long notes) {
        return switch (space.status()) {
            case ACTIVE -> new Case(space.spaceId(), space.name(), Standing.OBSERVING, names(space.members()), 0,
                    since.lastHeld().get(space.spaceId()), next == null ? null : next.startsAt(),
                    next == null ? List.of() : next.requests().stream().map(TimeRequest::partnerName).toList(),
                    since.counts(space.spaceId()), (int) notes);
            case PENDING -> new Case(space.spaceId(), space.name(), Standing.WAITING_FOR_CONSENT, List.of(),
                    stillToConsent(space.members(), currentUser.require().accountId()), null, null, List.of(), null,
                    (int) notes);
            default -> new Case(space.spaceId(), space.name(), Standing.ENDED, List.of(), 0, null, null, List.of(),
                    null, (int) notes);
        };
    }

    private static List<String> names(SpaceMembers members) {
        return members.partners().stream().map(SpaceMembers.Person::name).toList();
    }

    /** How many partners have not approved the counsellor yet: how many, never who. */
    private static int stillToConsent(SpaceMembers members, UUID counsellorId) {
        List<UUID> approved = members.people().stream().filter(p -> p.accountId().equals(counsellorId)).findFirst()
                .map(SpaceMembers.Person::approvedBy).orElse(List.of());
        return (int) members.partners().stream().filter(p -> !approved.contains(p.accountId())).count();
    }

    /** The next session planned in each observed space, as its counsellor sees it (see {@link NextSessionProjection}). */
    private Map<UUID, NextSessionView> next(List<CounselledSpace> mine, UUID me) {
        Map<UUID, CounselledSpace> observed = mine.stream().filter(space -> space.status() == MembershipStatus.ACTIVE)
                .collect(Collectors.toMap(CounselledSpace::spaceId, Function.identity()));
        List<PlannedSession> planned = observed.isEmpty() ? List.of() : plans.findBySpaceIdIn(observed.keySet());
        Map<UUID, List<SessionTimeRequest>> asked = planned.isEmpty() ? Map.of()
                : timeRequests.findByPlannedSessionIdInOrderByAskedAt(planned.stream().map(PlannedSession::id).toList())
                .stream().collect(Collectors.groupingBy(SessionTimeRequest::plannedSessionId));
        Map<UUID, NextSessionView> next = new HashMap<>();
        for (PlannedSession plan : planned) {
            SpaceMembers members = observed.get(plan.spaceId()).members();
            NextSessionProjection.of(new NextSession(plan.plan(asked.getOrDefault(plan.id(), List.of()))), members,
                            new Viewer(me, SpaceRole.COUNSELLOR))
                    .ifPresent(view -> next.put(plan.spaceId(), view));
        }
        return next;
    }

    /** What changed since each observed space's last session, read for all of them at once. */
    private Since since(List<UUID> observed) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<UUID, LocalDate> lastHeld = observed.isEmpty() ? Map.of() : sessions.findLastIn(observed).stream()
                .collect(Collectors.toMap(LastSession::spaceId, LastSession::heldOn));
        Map<UUID, LocalDate> fromDay = observed.stream().collect(Collectors.toMap(Function.identity(),
                spaceId -> LastSession.since(Optional.ofNullable(lastHeld.get(spaceId)), today)));
        Map<UUID, Instant> from = fromDay.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> LastSession.start(e.getValue())));
        return new Since(lastHeld, fromDay, activity.countsForCounsellor(from, COUNTED),
                negotiations.caseCounts(observed), checkins.revealedCounts(from), values.boundariesSharedCounts(from));
    }

    private record Since(Map<UUID, LocalDate> lastHeld, Map<UUID, LocalDate> fromDay,
                         Map<UUID, Map<ActivityKind, Integer>> lines, Map<UUID, CaseCounts> negotiations,
                         Map<UUID, Integer> checkins, Map<UUID, Integer> boundaries) {

        /** The counts of one space; none when its access ended between the reads. */
        SinceCounts counts(UUID spaceId) {
            Map<ActivityKind, Integer> kinds = lines.get(spaceId);
            CaseCounts standing = negotiations.get(spaceId);
            if (kinds == null || standing == null || !checkins.containsKey(spaceId) || !boundaries.containsKey(spaceId)) {
                return null;
            }
            return new SinceCounts(fromDay.get(spaceId), kinds.getOrDefault(ActivityKind.ITEM_ACHIEVED, 0),
                    kinds.getOrDefault(ActivityKind.OUTCOME_SIGNED, 0), standing.dueForReview(),
                    checkins.get(spaceId), boundaries.get(spaceId), standing.waitingLong());
        }
    }
}
