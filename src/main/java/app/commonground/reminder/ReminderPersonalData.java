package app.commonground.reminder;

import app.commonground.base.personaldata.Columns;
import app.commonground.base.personaldata.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A person's reminder choices and the reminder emails about them, in their export (both go with their account). */
@Component
@Order(10)
class ReminderPersonalData implements PersonalData {

    private static final DateTimeFormatter HOUR_AND_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    /** What may wake the person, and when not. */
    record ChoicesRecord(String kinds, String quietFrom, String quietTo, String timeZone) implements InWords {
        @Override
        public Record inWords(Words say) {
            return new ChoicesInWords(kinds.isBlank() ? say.say("export.reminder.nothing") : spoken(kinds, say),
                    HOUR_AND_MINUTE.format(LocalTime.parse(quietFrom)), HOUR_AND_MINUTE.format(LocalTime.parse(quietTo)),
                    timeZone);
        }
    }

    /** The choices as the readable copy says them: "proposals, hand-overs…", from "22:00" until "08:00". */
    record ChoicesInWords(String emailsAbout, String quietFrom, String quietUntil, String timeZone) {
    }

    /** One day's reminder for one of their spaces: what waited (kinds), and whether and when it was sent. */
    record ReminderRecord(UUID spaceId, LocalDate day, String kinds, String status, Instant sentAt) implements InWords {
        @Override
        public Record inWords(Words say) {
            return new ReminderInWords(day, spoken(kinds, say), say.say(switch (status) {
                case "WAITING" -> "export.reminder.outcome.waiting";
                case "SENDING" -> "export.reminder.outcome.sending";
                case "SENT" -> "export.reminder.outcome.sent";
                case "DROPPED" -> "export.reminder.outcome.dropped";
                default -> "export.reminder.outcome.failed";
            }), sentAt);
        }
    }

    /** A day's reminder as the readable copy says it. */
    record ReminderInWords(LocalDate day, String about, String outcome, Instant sentAt) {
    }

    private final JdbcClient jdbc;

    ReminderPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Section> sections() {
        return List.of(
                new Section("reminder-choices", "export.section.reminderChoices", (me, out) -> jdbc.sql(
                                "select kinds, quiet_from, quiet_to, time_zone from reminder_settings where account_id = :me")
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new ChoicesRecord(row.getString(1), row.getString(2),
                                row.getString(3), row.getString(4))))),
                new Section("reminder-emails", "export.section.reminderEmails", (me, out) -> jdbc.sql(
                                "select space_id, local_day, waiting, status, sent_at from reminder where account_id = :me order by local_day")
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new ReminderRecord(Columns.id(row, "space_id"),
                                Columns.date(row, "local_day"), kinds(row.getString("waiting")), row.getString("status"),
                                Columns.instant(row, "sent_at"))))));
    }

    /** "PROPOSAL,HAND_OVER" (or with spaces) as people say it: "proposals, hand-overs". */
    private static String spoken(String kinds, Words say) {
        return Arrays.stream(kinds.split(",")).map(String::strip).map(ReminderKind::valueOf)
                .map(kind -> say.say(switch (kind) {
                    case PROPOSAL -> "export.reminder.kind.proposal";
                    case HAND_OVER -> "export.reminder.kind.handOver";
                    case RESTATEMENT -> "export.reminder.kind.restatement";
                    case REVEAL -> "export.reminder.kind.reveal";
                    case COUNSELLOR_REQUEST -> "export.reminder.kind.counsellorRequest";
                    case REVIEW -> "export.reminder.kind.review";
                    case CHECKIN_TIME -> "export.reminder.kind.checkinTime";
                    case SESSION -> "export.reminder.kind.session";
                }))
                .collect(Collectors.joining(", "));
    }

    private static String kinds(String waiting) {
        return String.join(", ", Arrays.stream(waiting.split(";")).map(item -> item.split(":")[0]).distinct().toList());
    }
}
