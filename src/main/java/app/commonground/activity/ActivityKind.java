package app.commonground.activity;

/**
 * What happened, in the activity of a space. A line stores its kind, its actor, what it is about and the few
 * words it needs (a title as it was then); the sentence is made where it is shown.
 */
public enum ActivityKind {

    /** A goal or hobby was added. Detail: its kind, and {@code SHARED} if it went to the shared column. */
    ITEM_ADDED,
    /** Detail: the item's kind. */
    ITEM_UPDATED,
    /** Detail: the item's kind and its new status. */
    ITEM_STATUS_SET,
    /** Detail: the item's kind. */
    ITEM_ACHIEVED,
    /** Detail: the item's kind. */
    ITEM_MOVED_TO_SHARED,
    /** Detail: the item's kind. */
    ITEM_TAKEN_INTO_OWN,
    /** Detail: the item's kind. */
    ITEM_ARCHIVED,
    /** Detail: the item's kind. */
    ITEM_RESTORED,

    /** Other: who is to do it (none: both partners). Detail: minutes a week. */
    RESPONSIBILITY_PROPOSED,
    /** Detail: what changed: {@code OWNER}, {@code DONE_MEANS}, {@code MINUTES} (none of them: the details). */
    RESPONSIBILITY_CHANGED,
    RESPONSIBILITY_AGREED,
    /** Other: the partner asked to take it over. */
    HAND_OVER_ASKED,
    /** Other: the partner it was taken over from. */
    HAND_OVER_ACCEPTED,
    HAND_OVER_DECLINED,

    NEGOTIATION_OPENED,
    DRAFT_READY,
    DRAFT_NOT_READY,
    /** The second partner was ready too: both positions are revealed. */
    POSITIONS_REVEALED,
    RESTATED,
    RESTATEMENT_CONFIRMED,
    RESTATEMENT_NOT_QUITE,
    /** Quote: the option. */
    OPTION_ADDED,
    /** Detail: how many options were rated ({@code AN}: one of them, in lines from before ratings were counted). */
    OPTIONS_RATED,
    /** Quote: the option proposed. */
    OUTCOME_PROPOSED,
    /** Quote: the option agreed. */
    OUTCOME_SIGNED,
    OUTCOME_DECLINED,

    COUNSELLOR_INVITED,
    COUNSELLOR_ASKED,
    /** Other: the counsellor. */
    COUNSELLOR_APPROVED,
    /** Other: the counsellor. */
    COUNSELLOR_DECLINED,
    /** Other: the counsellor. */
    COUNSELLOR_REVOKED,
    /** Other: the counsellor. */
    COUNSELLOR_AWAITS_NEW_PARTNER,
    PARTNER_JOINED,
    PARTNER_LEFT,
    /** The counsellor ended their own observing. */
    COUNSELLOR_ENDED,

    /** Detail: the day ({@code SUNDAY}), the time ({@code 19:00}) and every how many weeks ({@code 1}). */
    CHECKIN_RHYTHM_PROPOSED,
    /** Detail: as proposed. */
    CHECKIN_RHYTHM_AGREED,
    /** Subject: the check-in (no title). */
    CHECKIN_STARTED,
    CHECKIN_SUBMITTED,
    CHECKIN_TAKEN_BACK,
    /** The second partner submitted too: both sets of answers are revealed. */
    CHECKIN_REVEALED,
    /** Title: the issue's. */
    CHECKIN_ISSUE_RAISED,
    CHECKIN_DONE,

    /** Subject: the boundary (its words are never in the line). Detail: its kind. */
    BOUNDARY_PUBLISHED,
    /** Detail: its kind. */
    BOUNDARY_CHANGED,
    /** Detail: its kind. */
    BOUNDARY_WITHDRAWN,
    /** Other: the boundary's author. */
    BOUNDARY_RESTATED,
    /** Other: the partner who restated it. */
    BOUNDARY_CONFIRMED,
    /** Other: the partner who restated it. */
    BOUNDARY_NOT_QUITE,
    VALUES_READY,
    VALUES_NOT_READY,
    /** The second partner was ready too: both lists of core values are revealed. */
    VALUES_REVEALED,
    /** Subject: the shared value (its name is never in the line). */
    SHARED_VALUE_PROPOSED,
    SHARED_VALUE_CHANGED,
    SHARED_VALUE_AGREED,

    /** A line recorded before lines were structured, whose sentence could not be read: shown as it was stored. */
    EARLIER
}
