package app.commonground.reminder;

import app.commonground.base.personaldata.Columns;
import app.commonground.base.personaldata.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A person's reminder choices and the reminder emails about them, in their export (both go with their account). */
@Component
@Order(10)
class ReminderPersonalData implements PersonalData {

    /** What may wake the person, and when not. */
    record ChoicesRecord(String kinds, String quietFrom, String quietTo, String timeZone) {
    }

    /** One day's reminder for one of their spaces: what waited (kinds), and whether and when it was sent. */
    record ReminderRecord(UUID spaceId, LocalDate day, String kinds, String status, Instant sentAt) {
    }

    private final JdbcClient jdbc;

    ReminderPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Section> sections() {
        return List.of(
                new Section("reminder-choices", "Your reminder choices", (me, out) -> jdbc.sql(
                                "select kinds, quiet_from, quiet_to, time_zone from reminder_settings where account_id = :me")
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new ChoicesRecord(row.getString(1), row.getString(2),
                                row.getString(3), row.getString(4))))),
                new Section("reminder-emails", "Reminder emails", (me, out) -> jdbc.sql(
                                "select space_id, local_day, waiting, status, sent_at from reminder where account_id = :me order by local_day")
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new ReminderRecord(Columns.id(row, "space_id"),
                                Columns.date(row, "local_day"), kinds(row.getString("waiting")), row.getString("status"),
                                Columns.instant(row, "sent_at"))))));
    }

    private static String kinds(String waiting) {
        return String.join(", ", Arrays.stream(waiting.split(";")).map(item -> item.split(":")[0]).distinct().toList());
    }
}
