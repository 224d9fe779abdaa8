package app.commonground.activity.ui;

import app.commonground.activity.ActivityEntry;
import app.commonground.space.SpaceMembers;
import app.commonground.activity.Happened;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentence of an activity line, after the actor's name: "added the goal “Run a half marathon”". The one
 * place the activity's words are made.
 */
public final class ActivityText {

    private ActivityText() {
    }

    public static String sentence(ActivityEntry entry) {
        Happened what = entry.what();
        String title = "“" + what.title() + "”";
        String other = SpaceMembers.FORMER_MEMBER.equals(entry.otherName()) ? "a former member" : entry.otherName();
        return switch (entry.kind()) {
            case ITEM_ADDED -> "added the " + (what.details().contains("SHARED") ? "shared " : "") + item(what) + " " + title;
            case ITEM_UPDATED -> "updated the " + item(what) + " " + title;
            case ITEM_STATUS_SET -> "set the " + item(what) + " " + title + " to " + status(what);
            case ITEM_ACHIEVED -> "marked the " + item(what) + " " + title + " achieved";
            case ITEM_MOVED_TO_SHARED -> "moved the " + item(what) + " " + title + " to Us";
            case ITEM_TAKEN_INTO_OWN -> "took the shared " + item(what) + " " + title + " into their own column";
            case ITEM_ARCHIVED -> "archived the " + item(what) + " " + title;
            case ITEM_RESTORED -> "restored the " + item(what) + " " + title;
            case RESPONSIBILITY_PROPOSED -> "proposed " + title + " (" + (other == null ? "both of you" : other) + ", "
                    + detail(what, 0) + " min a week)";
            case RESPONSIBILITY_CHANGED -> "changed " + changes(what) + " for " + title;
            case RESPONSIBILITY_AGREED -> "agreed to " + title;
            case HAND_OVER_ASKED -> "asked " + other + " to take over " + title;
            case HAND_OVER_ACCEPTED -> "took over " + title + " from " + other;
            case HAND_OVER_DECLINED -> "declined to take over " + title;
            case NEGOTIATION_OPENED -> "opened a negotiation about " + title;
            case DRAFT_READY -> "marked their draft ready in " + title;
            case DRAFT_NOT_READY -> "took back their “ready” in " + title;
            case POSITIONS_REVEALED -> "is ready too: both positions are revealed in " + title;
            case RESTATED -> "restated their partner's core needs in " + title;
            case RESTATEMENT_CONFIRMED -> "confirmed: “yes, you got it” in " + title;
            case RESTATEMENT_NOT_QUITE -> "asked for another try: “not quite” in " + title;
            case OPTION_ADDED -> "added an option: “" + what.quote() + "” in " + title;
            case OPTIONS_RATED -> rated(detail(what, 0)) + " in " + title;
            case OUTCOME_PROPOSED -> "proposed “" + what.quote() + "” as the outcome in " + title;
            case OUTCOME_SIGNED -> "signed: “" + what.quote() + "” is agreed in " + title;
            case OUTCOME_DECLINED -> "declined the proposed outcome in " + title;
            case COUNSELLOR_INVITED -> "invited a counsellor to observe the space";
            case COUNSELLOR_ASKED -> "asked to observe the space, waiting for both partners' consent";
            case COUNSELLOR_APPROVED -> "approved " + other + " as an observer";
            case COUNSELLOR_DECLINED -> "declined " + other + " as an observer";
            case COUNSELLOR_REVOKED -> "ended " + other + "'s access to the space";
            case COUNSELLOR_AWAITS_NEW_PARTNER -> "is asked to approve " + other + ", who observes again once they do";
            case PARTNER_JOINED -> "joined the space";
            case PARTNER_LEFT -> "left the space";
            case COUNSELLOR_ENDED -> "stopped observing the space";
            case CHECKIN_RHYTHM_PROPOSED -> "proposed a check-in " + rhythm(what);
            case CHECKIN_RHYTHM_AGREED -> "agreed to check in " + rhythm(what);
            case CHECKIN_STARTED -> "started a check-in";
            case CHECKIN_SUBMITTED -> "submitted their check-in";
            case CHECKIN_TAKEN_BACK -> "took back their check-in answers to change them";
            case CHECKIN_REVEALED -> "submitted too: both check-ins are revealed";
            case CHECKIN_ISSUE_RAISED -> "raised an issue in the check-in: " + title;
            case CHECKIN_DONE -> "closed the check-in: done for this week";
            case BOUNDARY_PUBLISHED -> "shared a boundary about " + boundaryKind(what);
            case BOUNDARY_CHANGED -> "changed their boundary about " + boundaryKind(what);
            case BOUNDARY_WITHDRAWN -> "withdrew their boundary about " + boundaryKind(what);
            case BOUNDARY_RESTATED -> "restated " + other + "'s boundary in their own words";
            case BOUNDARY_CONFIRMED -> "confirmed: “yes, you got it” to " + other;
            case BOUNDARY_NOT_QUITE -> "asked " + other + " for another try: “not quite”";
            case VALUES_READY -> "picked their core values";
            case VALUES_NOT_READY -> "took back their core values to change them";
            case VALUES_REVEALED -> "picked theirs too: both lists of core values are revealed";
            case SHARED_VALUE_PROPOSED -> "proposed a shared value";
            case SHARED_VALUE_CHANGED -> "changed a shared value";
            case SHARED_VALUE_AGREED -> "agreed to a shared value";
            case EARLIER -> entry.earlier();
        };
    }

    /** "time", "emotional needs"… what a boundary protects, for a sentence. */
    private static String boundaryKind(Happened what) {
        return switch (detail(what, 0)) {
            case "EMOTIONAL" -> "feelings";
            case "MENTAL" -> "thoughts and beliefs";
            case "PHYSICAL" -> "body and space";
            case "ENERGETIC" -> "energy";
            case "TIME" -> "time";
            case "MATERIAL" -> "money and things";
            default -> "something that matters to them";
        };
    }

    /** "every Sunday around 19:00", "every other Sunday around 19:00". */
    private static String rhythm(Happened what) {
        String day = detail(what, 0);
        String name = day.isEmpty() ? "week" : day.charAt(0) + day.substring(1).toLowerCase(Locale.ROOT);
        return ("2".equals(detail(what, 2)) ? "every other " : "every ") + name + " around " + detail(what, 1);
    }

    /** "rated the option", "rated all 3 options"; "rated an option" in lines from before ratings were counted. */
    private static String rated(String count) {
        return switch (count) {
            case "AN" -> "rated an option";
            case "1" -> "rated the option";
            default -> "rated all " + count + " options";
        };
    }

    private static String item(Happened what) {
        return detail(what, 0).equals("HOBBY") ? "hobby" : "goal";
    }

    private static String status(Happened what) {
        return switch (detail(what, 1)) {
            case "IDEA" -> "idea";
            case "ACTIVE" -> "active";
            case "PAUSED" -> "paused";
            case "ACHIEVED" -> "achieved";
            default -> detail(what, 1).toLowerCase(Locale.ROOT);
        };
    }

    private static String changes(Happened what) {
        List<String> changed = new ArrayList<>();
        if (what.details().contains("OWNER")) {
            changed.add("who does it");
        }
        if (what.details().contains("DONE_MEANS")) {
            changed.add("what “done” means");
        }
        if (what.details().contains("MINUTES")) {
            changed.add("the time it takes");
        }
        if (changed.isEmpty()) {
            return "the details";
        }
        return changed.size() == 1 ? changed.getFirst()
                : String.join(", ", changed.subList(0, changed.size() - 1)) + " and " + changed.getLast();
    }

    private static String detail(Happened what, int index) {
        return what.details().size() > index ? what.details().get(index) : "";
    }
}
