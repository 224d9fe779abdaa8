package app.commonground.responsibility;

/**
 * What the last change to a responsibility changed, as a viewer sees it; the screen says it in their words
 * ("changed the owner from Alex to Sam; …"). A part that stayed as it was is empty; when none of these parts
 * changed, only other details did.
 *
 * @param owner     whose it was and whose it is: a partner's name (a deleted account's is
 *                  {@link app.commonground.space.SpaceMembers#FORMER_MEMBER}), none for both of you together
 * @param doneMeans what "done" meant and means now, as the partners wrote it
 * @param minutes   the estimate of minutes per week before and now
 * @param earlier   a change stored as an English sentence, before changes were kept as data ("changed the
 *                  estimate from 30 to 45 min a week"), shown as it is; the other parts are then empty
 */
public record ResponsibilityChange(FromTo<String> owner, FromTo<String> doneMeans, FromTo<Integer> minutes,
                                   String earlier) {

    /** One part of the responsibility before the change and after it. */
    public record FromTo<T>(T from, T to) {
    }

    /** Whether only details other than the owner, "done" and the time changed. */
    public boolean onlyDetails() {
        return earlier == null && owner == null && doneMeans == null && minutes == null;
    }
}
