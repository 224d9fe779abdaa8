package app.commonground.reminder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Each person's reminder choices, as stored; someone who never chose has the defaults. */
@Component
class ReminderSettings {

    private final JdbcClient jdbc;

    ReminderSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReminderChoices of(UUID accountId) {
        return stored(accountId).orElseGet(() -> ReminderChoices.defaults(ZoneOffset.UTC));
    }

    Optional<ReminderChoices> stored(UUID accountId) {
        return jdbc.sql("select kinds, quiet_from, quiet_to, time_zone from reminder_settings where account_id = ?")
                .param(accountId)
                .query((row, number) -> new ReminderChoices(kinds(row.getString(1)), row.getObject(2, LocalTime.class),
                        row.getObject(3, LocalTime.class), ZoneId.of(row.getString(4))))
                .optional();
    }

    boolean exists(UUID accountId) {
        return jdbc.sql("select count(*) from account where id = ?").param(accountId).query(Long.class).single() > 0;
    }

    void save(UUID accountId, ReminderChoices choices) {
        String kinds = choices.kinds().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        int updated = jdbc.sql("""
                        update reminder_settings set kinds = ?, quiet_from = ?, quiet_to = ?, time_zone = ?,
                               version = version + 1
                        where account_id = ?""")
                .params(kinds, choices.quietFrom(), choices.quietTo(), choices.zone().getId(), accountId).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into reminder_settings (account_id, kinds, quiet_from, quiet_to, time_zone, version)
                            values (?, ?, ?, ?, ?, 0)""")
                    .params(accountId, kinds, choices.quietFrom(), choices.quietTo(), choices.zone().getId()).update();
        }
    }

    private static EnumSet<ReminderKind> kinds(String stored) {
        EnumSet<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
        Arrays.stream(stored.split(",")).filter(name -> !name.isBlank()).forEach(name -> kinds.add(ReminderKind.valueOf(name)));
        return kinds;
    }
}
