package app.commonground.reminder;

import app.commonground.base.i18n.Messages;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The words of a reminder, in the language its recipient chose (English if they chose none): who did what kind of
 * thing in which space, and a link; never what anyone wrote, and nothing of it in the subject.
 *
 * @param toCounsellor the recipient is the space's counsellor (who is told of a session alone)
 * @param items        what waits, each with the name of who did it
 */
record ReminderEmail(String to, String recipientName, Locale language, boolean toCounsellor, String spaceName,
                     List<Item> items, String spaceLink, String unsubscribeLink, String settingsLink) {

    private static final Messages MESSAGES = new Messages();

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
        return say("reminder.email.subject");
    }

    String body() {
        StringBuilder text = new StringBuilder(say("reminder.email.hello", recipientName)).append("\n\n");
        if (items.size() == 1) {
            text.append(say("reminder.email.one", spaceName, line(items.getFirst()))).append("\n");
        } else {
            text.append(say("reminder.email.many", spaceName, items.size())).append("\n");
            items.forEach(item -> text.append(say("reminder.email.item", line(item))).append("\n"));
        }
        return text.append("\n")
                .append(say(toCounsellor ? "reminder.email.open.counsellor" : "reminder.email.open.partner", spaceLink))
                .append("\n\n")
                .append(say(toCounsellor ? "reminder.email.why.counsellor" : "reminder.email.why.partner"))
                .append("\n\n")
                .append(say("reminder.email.choose", settingsLink)).append("\n")
                .append(say("reminder.email.stop", unsubscribeLink)).append("\n")
                .toString();
    }

    private String line(Item item) {
        return switch (item.kind()) {
            case PROPOSAL -> say("reminder.email.proposal", item.actorName());
            case HAND_OVER -> say("reminder.email.handOver", item.actorName());
            case RESTATEMENT -> say("reminder.email.restatement", item.actorName());
            case REVEAL -> say("reminder.email.reveal", item.actorName());
            case COUNSELLOR_REQUEST -> say("reminder.email.counsellorRequest", item.actorName());
            case REVIEW -> say("reminder.email.review");
            case CHECKIN_TIME -> say("reminder.email.checkinTime");
            case SESSION -> {
                String when = DateTimeFormatter.ofPattern(say("reminder.email.sessionWhen"), language).format(item.at());
                String zone = item.at().getZone().getId();
                yield item.actorName() == null ? say("reminder.email.session", when, zone)
                        : say("reminder.email.session.with", item.actorName(), when, zone);
            }
        };
    }

    private String say(String key, Object... args) {
        return MESSAGES.getTranslation(key, language, args);
    }
}
