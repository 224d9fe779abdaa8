package app.commonground.reminder;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The words of a reminder: who did what kind of thing in which space, and a link; never what anyone wrote, and
 * nothing of it in the subject.
 *
 * @param toCounsellor the recipient is the space's counsellor (who is told of a session alone)
 * @param items        what waits, each with the name of who did it
 */
record ReminderEmail(String to, String recipientName, boolean toCounsellor, String spaceName, List<Item> items,
                     String spaceLink, String unsubscribeLink, String settingsLink) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

    /**
     * @param actorName who did it (for a session: the counsellor, named to the partners); none for what the
     *                  calendar brings
     * @param at        when a session starts, where the recipient lives
     */
    record Item(ReminderKind kind, String actorName, ZonedDateTime at) {

        Item(ReminderKind kind, String actorName) {
            this(kind, actorName, null);
        }
    }

    /**
     * The same for every reminder: a subject shows on lock screens and in shared inboxes, so who and what are
     * only in the email itself.
     */
    String subject() {
        return "Something waits for you in Common Ground";
    }

    String body() {
        StringBuilder text = new StringBuilder("Hello " + recipientName + ",\n\n");
        if (items.size() == 1) {
            text.append("In ").append(spaceName).append("'s space: ").append(line(items.getFirst())).append(".\n");
        } else {
            text.append("In ").append(spaceName).append("'s space, ").append(items.size()).append(" things wait for you:\n");
            items.forEach(item -> text.append("- ").append(line(item)).append(".\n"));
        }
        text.append(toCounsellor ? "\nOpen the space: " : "\nOpen your space: ").append(spaceLink).append("\n\n")
                .append("You get this because it waits for you and you haven't opened the space since. At most one ")
                .append("email a day per space, never in your quiet hours. ")
                .append(toCounsellor ? "The couple don't" : "Your partner doesn't").append(" know whether we sent ")
                .append("one.\n\n")
                .append("Choose which reminders you get, and your quiet hours: ").append(settingsLink).append("\n")
                .append("Stop all of these emails: ").append(unsubscribeLink).append("\n");
        return text.toString();
    }

    private static String line(Item item) {
        return switch (item.kind()) {
            case PROPOSAL -> item.actorName() + " proposed a change";
            case HAND_OVER -> item.actorName() + " asked you to take something over";
            case RESTATEMENT -> item.actorName() + " restated your words, for you to confirm";
            case REVEAL -> item.actorName() + " is ready too: both sides are revealed";
            case COUNSELLOR_REQUEST -> item.actorName() + " asks to observe your space, with both partners' consent";
            case REVIEW -> "Something you agreed on is due for review";
            case CHECKIN_TIME -> "It's time for your check-in";
            case SESSION -> "Next session" + (item.actorName() == null ? "" : " with " + item.actorName()) + ": "
                    + WHEN.format(item.at()) + " (your time, " + item.at().getZone().getId() + ")";
        };
    }
}
