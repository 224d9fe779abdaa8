package app.commonground.reminder;

import app.commonground.activity.ActivityKind;
import app.commonground.activity.ActivityRecorded;
import app.commonground.base.Transactions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Decides, once a step has committed, who it waits for and puts that in their outbox for the space and day:
 * to be sent after half an hour if they have not opened the space meanwhile, outside their quiet hours,
 * in one email per space and day that gathers everything waiting. Decided from the activity line alone (a kind
 * and ids), so no text of the step ever reaches a reminder; a partner's steps wake the other, never on demand.
 */
@Component
class Reminders {


    private static final Map<ActivityKind, ReminderKind> WAKES = Map.ofEntries(
            Map.entry(ActivityKind.RESPONSIBILITY_PROPOSED, ReminderKind.PROPOSAL),
            Map.entry(ActivityKind.RESPONSIBILITY_CHANGED, ReminderKind.PROPOSAL),
            Map.entry(ActivityKind.OUTCOME_PROPOSED, ReminderKind.PROPOSAL),
            Map.entry(ActivityKind.CHECKIN_RHYTHM_PROPOSED, ReminderKind.PROPOSAL),
            Map.entry(ActivityKind.SHARED_VALUE_PROPOSED, ReminderKind.PROPOSAL),
            Map.entry(ActivityKind.SHARED_VALUE_CHANGED, ReminderKind.PROPOSAL),
            Map.entry(ActivityKind.HAND_OVER_ASKED, ReminderKind.HAND_OVER),
            Map.entry(ActivityKind.RESTATED, ReminderKind.RESTATEMENT),
            Map.entry(ActivityKind.BOUNDARY_RESTATED, ReminderKind.RESTATEMENT),
            Map.entry(ActivityKind.POSITIONS_REVEALED, ReminderKind.REVEAL),
            Map.entry(ActivityKind.CHECKIN_REVEALED, ReminderKind.REVEAL),
            Map.entry(ActivityKind.VALUES_REVEALED, ReminderKind.REVEAL),
            Map.entry(ActivityKind.COUNSELLOR_ASKED, ReminderKind.COUNSELLOR_REQUEST));

    private final JdbcClient jdbc;
    private final ReminderSettings settings;
    private final Mail mail;
    private final Transactions transactions;
    /** How long a person has to see something in the app before an email is worth sending (30 minutes). */
    private final Duration seenWindow;

    Reminders(JdbcClient jdbc, ReminderSettings settings, Mail mail, Transactions transactions,
              @Value("${common-ground.reminders.seen-window:30m}") Duration seenWindow) {
        this.seenWindow = seenWindow;
        this.jdbc = jdbc;
        this.settings = settings;
        this.mail = mail;
        this.transactions = transactions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void recorded(ActivityRecorded line) {
        ReminderKind kind = WAKES.get(line.kind());
        if (kind == null || !mail.on()) {
            return;
        }
        for (UUID partner : partners(line.spaceId())) {
            if (!partner.equals(line.actorId())) {
                waitFor(partner, line.spaceId(), kind, line.actorId(), line.at());
            }
        }
    }

    /** The partners a space has now: the people reminders may wake. */
    List<UUID> partners(UUID spaceId) {
        return transactions.writeAnew(() -> jdbc.sql(
                        "select account_id from membership where space_id = ? and role = 'PARTNER' and status = 'ACTIVE'")
                .param(spaceId).query(UUID.class).list());
    }

    /**
     * Adds what waits for {@code person} to their outbox for the space: to the message still waiting if there is
     * one, else to a new one for the first day that has had no email yet. Each try is a transaction of its own,
     * so a step of the partner at the same moment (another try's duplicate row) only means trying again.
     *
     * @param about who did it (for a planned session: the plan); none for what only its kind says
     */
    void waitFor(UUID person, UUID spaceId, ReminderKind kind, UUID about, Instant at) {
        ReminderChoices choices = settings.of(person);
        if (!choices.kinds().contains(kind)) {
            return;
        }
        String item = kind.name() + ":" + (about == null ? "" : about);
        Instant due = choices.notQuiet(at.plus(seenWindow));
        for (int tries = 0; tries < 10; tries++) {
            try {
                if (transactions.writeAnew(() -> addTo(person, spaceId, choices, item, at, due))) {
                    return;
                }
            } catch (DuplicateKeyException anotherStepWasFirst) {
                // the next try finds its row
            }
        }
        throw new IllegalStateException("Could not add to the outbox of " + person + " after ten tries");
    }

    private boolean addTo(UUID person, UUID spaceId, ReminderChoices choices, String item, Instant at, Instant due) {
        Optional<Outbox> waiting = jdbc.sql("""
                        select id, waiting, waiting_since, send_after, version from reminder
                        where account_id = ? and space_id = ? and status = 'WAITING'""")
                .params(person, spaceId)
                .query((r, n) -> new Outbox(r.getObject(1, UUID.class), r.getString(2), r.getTimestamp(3).toInstant(),
                        r.getTimestamp(4).toInstant(), r.getLong(5)))
                .optional();
        if (waiting.isPresent()) {
            Outbox outbox = waiting.get();
            Set<String> items = new LinkedHashSet<>(List.of(outbox.waiting().split(";")));
            items.add(item);
            return jdbc.sql("""
                            update reminder set waiting = ?, waiting_since = ?, send_after = ?, version = version + 1
                            where id = ? and version = ? and status = 'WAITING'""")
                    .params(String.join(";", items), Timestamp.from(later(outbox.waitingSince(), at)),
                            Timestamp.from(later(outbox.sendAfter(), due)), outbox.id(), outbox.version())
                    .update() == 1;
        }
        Instant sendAfter = due;
        while (jdbc.sql("""
                        select count(*) from reminder where account_id = ? and space_id = ? and local_day = ?
                          and status in ('SENDING', 'SENT')""")
                .params(person, spaceId, choices.day(sendAfter)).query(Long.class).single() > 0) {
            sendAfter = choices.nextDay(sendAfter);
        }
        LocalDate day = choices.day(sendAfter);
        jdbc.sql("delete from reminder where account_id = ? and space_id = ? and local_day = ? and status in ('DROPPED', 'FAILED')")
                .params(person, spaceId, day).update();
        jdbc.sql("""
                        insert into reminder (id, account_id, space_id, local_day, waiting, waiting_since, send_after,
                                              status, attempts, version)
                        values (?, ?, ?, ?, ?, ?, ?, 'WAITING', 0, 0)""")
                .params(UUID.randomUUID(), person, spaceId, day, item, Timestamp.from(at), Timestamp.from(sendAfter))
                .update();
        return true;
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private record Outbox(UUID id, String waiting, Instant waitingSince, Instant sendAfter, long version) {
    }
}
