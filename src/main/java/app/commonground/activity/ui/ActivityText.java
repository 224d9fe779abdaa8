package app.commonground.activity.ui;

import app.commonground.activity.ActivityEntry;
import app.commonground.activity.Happened;
import app.commonground.base.ui.Dates;
import app.commonground.space.SpaceMembers;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import static app.commonground.base.ui.Texts.t;

/**
 * The sentence of an activity line, after the actor's name, in the viewer's language: "added the goal “Run a half
 * marathon”", "hat das Ziel „Halbmarathon laufen“ hinzugefügt". The one place the activity's words are made; the
 * titles and quotes people wrote go in as they were written.
 */
public final class ActivityText {

    private ActivityText() {
    }

    public static String sentence(ActivityEntry entry) {
        Happened what = entry.what();
        String title = what.title();
        String other = SpaceMembers.FORMER_MEMBER.equals(entry.otherName()) ? t("activity.formerMember")
                : entry.otherName();
        return switch (entry.kind()) {
            case ITEM_ADDED -> t("activity.item.added", title,
                    what.details().contains("SHARED") ? sharedItem(what) : item(what));
            case ITEM_UPDATED -> t("activity.item.updated", title, item(what));
            case ITEM_STATUS_SET -> t("activity.item.statusSet", title, item(what), status(what));
            case ITEM_ACHIEVED -> t("activity.item.achieved", title, item(what));
            case ITEM_MOVED_TO_SHARED -> t("activity.item.movedToShared", title, item(what));
            case ITEM_TAKEN_INTO_OWN -> t("activity.item.takenIntoOwn", title, item(what));
            case ITEM_ARCHIVED -> t("activity.item.archived", title, item(what));
            case ITEM_RESTORED -> t("activity.item.restored", title, item(what));
            case RESPONSIBILITY_PROPOSED -> t("activity.responsibility.proposed", title,
                    other == null ? t("activity.bothOfYou") : other, detail(what, 0));
            case RESPONSIBILITY_CHANGED -> t("activity.responsibility.changed", title, changes(what));
            case RESPONSIBILITY_AGREED -> t("activity.responsibility.agreed", title);
            case HAND_OVER_ASKED -> t("activity.handOver.asked", title, other);
            case HAND_OVER_ACCEPTED -> t("activity.handOver.accepted", title, other);
            case HAND_OVER_DECLINED -> t("activity.handOver.declined", title);
            case NEGOTIATION_OPENED -> t("activity.negotiation.opened", title);
            case DRAFT_READY -> t("activity.negotiation.draftReady", title);
            case DRAFT_NOT_READY -> t("activity.negotiation.draftNotReady", title);
            case POSITIONS_REVEALED -> t("activity.negotiation.revealed", title);
            case RESTATED -> t("activity.negotiation.restated", title);
            case RESTATEMENT_CONFIRMED -> t("activity.negotiation.restatementConfirmed", title);
            case RESTATEMENT_NOT_QUITE -> t("activity.negotiation.restatementNotQuite", title);
            case OPTION_ADDED -> t("activity.negotiation.optionAdded", title, what.quote());
            case OPTIONS_RATED -> "AN".equals(detail(what, 0)) ? t("activity.negotiation.ratedAnOption", title)
                    : t("activity.negotiation.rated", title, Integer.parseInt(detail(what, 0)));
            case OUTCOME_PROPOSED -> t("activity.negotiation.outcomeProposed", title, what.quote());
            case OUTCOME_SIGNED -> t("activity.negotiation.outcomeSigned", title, what.quote());
            case OUTCOME_DECLINED -> t("activity.negotiation.outcomeDeclined", title);
            case COUNSELLOR_INVITED -> t("activity.counsellor.invited");
            case COUNSELLOR_ASKED -> t("activity.counsellor.asked");
            case COUNSELLOR_APPROVED -> t("activity.counsellor.approved", other);
            case COUNSELLOR_DECLINED -> t("activity.counsellor.declined", other);
            case COUNSELLOR_REVOKED -> t("activity.counsellor.revoked", other);
            case COUNSELLOR_AWAITS_NEW_PARTNER -> t("activity.counsellor.awaitsNewPartner", other);
            case PARTNER_JOINED -> t("activity.partner.joined");
            case PARTNER_LEFT -> t("activity.partner.left");
            case COUNSELLOR_ENDED -> t("activity.counsellor.ended");
            case CHECKIN_RHYTHM_PROPOSED -> t("activity.checkin.rhythmProposed", rhythm(what));
            case CHECKIN_RHYTHM_AGREED -> t("activity.checkin.rhythmAgreed", rhythm(what));
            case CHECKIN_STARTED -> t("activity.checkin.started");
            case CHECKIN_SUBMITTED -> t("activity.checkin.submitted");
            case CHECKIN_TAKEN_BACK -> t("activity.checkin.takenBack");
            case CHECKIN_REVEALED -> t("activity.checkin.revealed");
            case CHECKIN_ISSUE_RAISED -> t("activity.checkin.issueRaised", title);
            case CHECKIN_DONE -> t("activity.checkin.done");
            case BOUNDARY_PUBLISHED -> t("activity.boundary.published", boundaryKind(what));
            case BOUNDARY_CHANGED -> t("activity.boundary.changed", boundaryKind(what));
            case BOUNDARY_WITHDRAWN -> t("activity.boundary.withdrawn", boundaryKind(what));
            case BOUNDARY_RESTATED -> t("activity.boundary.restated", other);
            case BOUNDARY_CONFIRMED -> t("activity.boundary.confirmed", other);
            case BOUNDARY_NOT_QUITE -> t("activity.boundary.notQuite", other);
            case VALUES_READY -> t("activity.values.ready");
            case VALUES_NOT_READY -> t("activity.values.notReady");
            case VALUES_REVEALED -> t("activity.values.revealed");
            case SHARED_VALUE_PROPOSED -> t("activity.sharedValue.proposed");
            case SHARED_VALUE_CHANGED -> t("activity.sharedValue.changed");
            case SHARED_VALUE_AGREED -> t("activity.sharedValue.agreed");
            case EARLIER -> entry.earlier();
        };
    }

    /** "time", "feelings"… what a boundary protects, for a sentence. */
    private static String boundaryKind(Happened what) {
        return switch (detail(what, 0)) {
            case "EMOTIONAL" -> t("activity.boundary.kind.emotional");
            case "MENTAL" -> t("activity.boundary.kind.mental");
            case "PHYSICAL" -> t("activity.boundary.kind.physical");
            case "ENERGETIC" -> t("activity.boundary.kind.energetic");
            case "TIME" -> t("activity.boundary.kind.time");
            case "MATERIAL" -> t("activity.boundary.kind.material");
            default -> t("activity.boundary.kind.other");
        };
    }

    /** "every Sunday around 19:00", "every other Sunday around 19:00", in the viewer's words for the day. */
    private static String rhythm(Happened what) {
        String day = detail(what, 0);
        String time = detail(what, 1);
        boolean fortnightly = "2".equals(detail(what, 2));
        if (day.isEmpty()) {
            return t("activity.checkin.rhythm.week", time);
        }
        String name = DayOfWeek.valueOf(day).getDisplayName(TextStyle.FULL, Dates.locale());
        return t(fortnightly ? "activity.checkin.rhythm.fortnightly" : "activity.checkin.rhythm.weekly", name, time);
    }

    private static String item(Happened what) {
        return t(detail(what, 0).equals("HOBBY") ? "activity.item.hobby" : "activity.item.goal");
    }

    private static String sharedItem(Happened what) {
        return t(detail(what, 0).equals("HOBBY") ? "activity.item.sharedHobby" : "activity.item.sharedGoal");
    }

    private static String status(Happened what) {
        return switch (detail(what, 1)) {
            case "IDEA" -> t("activity.item.status.idea");
            case "ACTIVE" -> t("activity.item.status.active");
            case "PAUSED" -> t("activity.item.status.paused");
            case "ACHIEVED" -> t("activity.item.status.achieved");
            default -> detail(what, 1).toLowerCase(Dates.locale());
        };
    }

    private static String changes(Happened what) {
        List<String> changed = new ArrayList<>();
        if (what.details().contains("OWNER")) {
            changed.add(t("activity.responsibility.change.owner"));
        }
        if (what.details().contains("DONE_MEANS")) {
            changed.add(t("activity.responsibility.change.doneMeans"));
        }
        if (what.details().contains("MINUTES")) {
            changed.add(t("activity.responsibility.change.minutes"));
        }
        if (changed.isEmpty()) {
            return t("activity.responsibility.change.details");
        }
        return changed.size() == 1 ? changed.getFirst() : t("activity.list.last",
                String.join(", ", changed.subList(0, changed.size() - 1)), changed.getLast());
    }

    private static String detail(Happened what, int index) {
        return what.details().size() > index ? what.details().get(index) : "";
    }
}
