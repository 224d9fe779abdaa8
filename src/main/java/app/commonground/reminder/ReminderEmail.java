package app.commonground.reminder;

import java.util.List;

/**
 * The words of a reminder: who did what kind of thing in which space, and a link; never what anyone wrote, and
 * nothing of it in the subject.
 *
 * @param items what waits, each with the name of who did it
 */
record ReminderEmail(String to, String recipientName, String spaceName, List<Item> items, String spaceLink,
                     String unsubscribeLink, String settingsLink) {

    /** @param actorName who did it; none for what the calendar brings */
    record Item(ReminderKind kind, String actorName) {
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
        text.append("\nOpen your space: ").append(spaceLink).append("\n\n")
                .append("You get this because it waits for you and you haven't opened the space since. At most one ")
                .append("email a day per space, never in your quiet hours. Your partner doesn't know whether we sent ")
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
        };
    }
}
