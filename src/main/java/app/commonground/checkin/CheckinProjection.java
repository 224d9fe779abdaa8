package app.commonground.checkin;

import app.commonground.checkin.CheckinViews.AppreciationView;
import app.commonground.checkin.CheckinViews.CheckinPage;
import app.commonground.checkin.CheckinViews.CheckinView;
import app.commonground.checkin.CheckinViews.IssueView;
import app.commonground.checkin.CheckinViews.Revealed;
import app.commonground.checkin.CheckinViews.RhythmView;
import app.commonground.checkin.CheckinViews.SideView;
import app.commonground.space.SpaceMembers;
import app.commonground.space.Viewer;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What one viewer sees of the check-ins: a pure function of the model, used alike by the screens and by
 * {@link CheckinService}'s reads. Before both submitted, nobody sees an answer but their own, which is not in the
 * model (their screen holds it: {@code mine}); once revealed, a partner sees both sets, the counsellor only the
 * answers their author shared, and neither the issues' words nor the week's plan.
 */
public final class CheckinProjection {

    private CheckinProjection() {
    }

    public static CheckinPage page(Checkins checkins, SpaceMembers members, Viewer viewer, LocalDate today,
                                   CheckinAnswers mine) {
        Checkins.Rhythm rhythm = checkins.rhythm();
        RhythmView rhythmView = rhythm == null ? null : new RhythmView(rhythm.day(), rhythm.time(),
                rhythm.everyWeeks(), members.nameOf(rhythm.proposedBy()), rhythm.agreed(),
                viewer.accountId().equals(rhythm.proposedBy()),
                viewer.isPartner() && !rhythm.agreed() && !viewer.accountId().equals(rhythm.proposedBy()),
                rhythm.agreedAt());
        LocalDate next = rhythm == null || !rhythm.agreed() ? null : next(rhythm, checkins.current(), today);
        CheckinView current = checkins.current() == null || !seenBy(checkins.current(), viewer) ? null
                : checkin(checkins.current(), members, viewer, mine);
        return new CheckinPage(rhythmView, next, current, viewer.isPartner());
    }

    /**
     * Whether the viewer sees this check-in at all. Its answers belong to the two partners who gave them to each
     * other: a partner who joined the space later (after the other left) sees none of the check-ins before them,
     * and the one who stayed keeps their own. The counsellor sees what was shared with them.
     */
    public static boolean seenBy(Checkins.Item item, Viewer viewer) {
        return !viewer.isPartner() || item.sides().stream().anyMatch(side -> side.partnerId().equals(viewer.accountId()));
    }

    /**
     * The next check-in day on or after today; every other week, not within ten days of the last one started.
     */
    static LocalDate next(Checkins.Rhythm rhythm, Checkins.Item latest, LocalDate today) {
        LocalDate next = today.with(TemporalAdjusters.nextOrSame(rhythm.day()));
        if (rhythm.everyWeeks() == 2 && latest != null) {
            LocalDate last = LocalDate.ofInstant(latest.startedAt(), ZoneOffset.UTC);
            while (ChronoUnit.DAYS.between(last, next) < 10) {
                next = next.plusWeeks(1);
            }
        }
        return next;
    }

    public static CheckinView checkin(Checkins.Item item, SpaceMembers members, Viewer viewer, CheckinAnswers mine) {
        boolean partner = viewer.isPartner();
        List<Checkins.Side> sides = item.sides().stream()
                .sorted(Comparator.comparingInt(side -> index(members, side.partnerId()))).toList();
        List<SideView> sideViews = sides.stream().map(side -> new SideView(side.partnerId(),
                members.nameOf(side.partnerId()), side.partnerId().equals(viewer.accountId()), side.submitted()))
                .toList();
        boolean mineShown = !item.revealed() && partner && mine != null
                && sides.stream().anyMatch(side -> viewer.readsPrivateTextOf(side.partnerId()));
        List<Revealed> answers = !item.revealed() ? List.of()
                : sides.stream().map(side -> revealed(side, members, viewer)).toList();
        List<IssueView> issues = !item.revealed() ? List.of() : item.issues().stream()
                .map(issue -> new IssueView(issue.id(), members.nameOf(issue.raisedBy()),
                        viewer.accountId().equals(issue.raisedBy()), issue.title(), partner ? issue.words() : null,
                        issue.negotiationId()))
                .toList();
        return new CheckinView(item.id(), item.startedAt(), members.nameOf(item.startedBy()),
                item.revealed(), item.closed(), sideViews, mineShown ? mine : null, answers, issues,
                partner && item.revealed() && !item.closed() && item.issues().size() < Checkin.MAX_ISSUES,
                partner ? item.togetherPlan() : null, partner ? item.togetherItemId() : null);
    }

    private static Revealed revealed(Checkins.Side side, SpaceMembers members, Viewer viewer) {
        CheckinAnswers a = side.answers();
        boolean partner = viewer.isPartner();
        List<AppreciationView> appreciations = a.appreciations().stream()
                .filter(appreciation -> partner || appreciation.shared())
                .map(appreciation -> new AppreciationView(appreciation.text(), appreciation.linkKind(),
                        appreciation.linkId()))
                .toList();
        boolean ratings = partner || a.ratingsShared();
        return new Revealed(side.partnerId(), members.nameOf(side.partnerId()),
                side.partnerId().equals(viewer.accountId()), ratings ? a.connection() : null,
                ratings ? a.showedUp() : null, appreciations, shown(a.newInfo(), a.newInfoShared(), partner),
                shown(a.puzzled(), a.puzzledShared(), partner), shown(a.heavy(), a.heavyShared(), partner),
                shown(a.wish(), a.wishShared(), partner), partner ? side.ownPlan() : null,
                partner ? side.ownItemId() : null);
    }

    private static String shown(String answer, boolean shared, boolean partner) {
        return partner || shared ? answer : null;
    }

    private static int index(SpaceMembers members, UUID accountId) {
        return members.people().stream().map(SpaceMembers.Person::accountId).toList().indexOf(accountId);
    }
}
