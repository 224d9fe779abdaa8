package app.commonground.reminder;

import app.commonground.security.SignedTokens;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends what is due from the outbox, on every server: each message is claimed first by one conditional update
 * (it becomes SENDING), so one server sends it, once: a server that stops mid-send leaves it SENDING rather than
 * risk a second copy. A mail server that is down is tried again later, waiting twice as long each time (up to an
 * hour), for about a day. What no longer waits (its author left, the counsellor was answered) is left out.
 */
@Component
class ReminderSender {

    private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);
    /** How long a server has to send a message it claimed. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final int MOST_ATTEMPTS = 30;
    /** How long finished messages stay in the outbox (and in the person's export). */
    static final int KEPT_DAYS = 90;

    private final JdbcClient jdbc;
    private final ReminderSettings settings;
    private final Mail mail;
    private final SignedTokens tokens;
    private final Clock clock;
    private final String publicUrl;
    private final String from;

    ReminderSender(JdbcClient jdbc, ReminderSettings settings, Mail mail, SignedTokens tokens, Clock clock,
                   @Value("${common-ground.public-url}") String publicUrl,
                   @Value("${common-ground.reminders.from}") String from) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.mail = mail;
        this.tokens = tokens;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${common-ground.reminders.every:30s}")
    void sendDue() {
        if (mail.on()) {
            sendDue(clock.instant());
        }
    }

    /** Keeps the outbox to what still matters: finished messages and calendar marks go after ninety days. */
    @Scheduled(fixedDelayString = "${common-ground.reminders.tidy-every:6h}")
    void forgetOld() {
        forgetOld(clock.instant());
    }

    void forgetOld(Instant now) {
        Date before = Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(KEPT_DAYS));
        jdbc.sql("delete from reminder where status <> 'WAITING' and local_day < ?").param(before).update();
        jdbc.sql("delete from reminder_due where due_on < ?").param(before).update();
    }

    /** Sends what is due at {@code now}; returns how many went. A mail server that is down ends the round. */
    int sendDue(Instant now) {
        List<UUID> due = jdbc.sql("select id from reminder where status = 'WAITING' and send_after <= ? order by send_after")
                .param(Timestamp.from(now)).query(UUID.class).list();
        int sent = 0;
        for (UUID id : due) {
            if (!claim(id, now)) {
                continue;
            }
            try {
                Outcome outcome = send(id, now);
                if (outcome == Outcome.SENT) {
                    sent++;
                } else if (outcome == Outcome.MAIL_SERVER_DOWN) {
                    break;
                }
            } catch (RuntimeException unexpected) {
                log.error("Could not send reminder {}; it is kept back", id, unexpected);
                finish(id, "FAILED", null);
            }
        }
        return sent;
    }

    private enum Outcome { SENT, NOT_NOW, MAIL_SERVER_DOWN }

    /**
     * Takes the message for this server: from here it is SENDING, so no other server sends it, and a server that
     * stops before it knows the outcome leaves it so (sent at most once: the mail server may have taken it).
     */
    private boolean claim(UUID id, Instant now) {
        return jdbc.sql("""
                        update reminder set status = 'SENDING', claimed_until = ?, version = version + 1
                        where id = ? and status = 'WAITING' and send_after <= ?""")
                .params(Timestamp.from(now.plus(CLAIM)), id, Timestamp.from(now)).update() == 1;
    }

    private Outcome send(UUID id, Instant now) {
        Claimed claimed = jdbc.sql("""
                        select r.account_id, r.space_id, r.waiting, r.waiting_since, r.attempts, m.last_seen_at, m.status,
                               a.email, a.display_name, m.role, a.language
                        from reminder r join account a on a.id = r.account_id
                        left join membership m on m.space_id = r.space_id and m.account_id = r.account_id
                        where r.id = ?""")
                .param(id)
                .query((row, n) -> new Claimed(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
                        row.getTimestamp(4).toInstant(), row.getInt(5),
                        Optional.ofNullable(row.getTimestamp(6)).map(Timestamp::toInstant).orElse(null),
                        "ACTIVE".equals(row.getString(7)), row.getString(8), row.getString(9),
                        "COUNSELLOR".equals(row.getString(10)),
                        row.getString(11) == null ? Locale.ENGLISH : Locale.forLanguageTag(row.getString(11))))
                .single();
        ReminderChoices choices = settings.of(claimed.accountId());
        List<ReminderEmail.Item> items = Arrays.stream(claimed.waiting().split(";"))
                .map(item -> item.split(":", 2))
                .map(item -> new Waiting(ReminderKind.valueOf(item[0]), item[1].isEmpty() ? null : UUID.fromString(item[1])))
                .filter(item -> choices.kinds().contains(item.kind()))
                .flatMap(item -> (item.kind() == ReminderKind.SESSION
                        ? session(item.about(), claimed, choices, now)
                        : stillWaits(item, claimed.spaceId()) ? Optional.of(new ReminderEmail.Item(item.kind(),
                        item.about() == null ? null : nameOf(item.about()))) : Optional.<ReminderEmail.Item>empty()).stream())
                .toList();
        // Seen only after the step: a screen open then is noted again within seconds, one closed just before is not.
        boolean seen = claimed.lastSeen() != null && claimed.lastSeen().isAfter(claimed.waitingSince());
        if (seen || items.isEmpty() || !claimed.member()) {
            finish(id, "DROPPED", null);
            return Outcome.NOT_NOW;
        }
        if (choices.quiet(now)) {
            release(id, choices.notQuiet(now), claimed.attempts());
            return Outcome.NOT_NOW;
        }
        Instant dayStart = choices.day(now).atStartOfDay(choices.zone()).toInstant();
        if (jdbc.sql("""
                        select count(*) from reminder where account_id = ? and space_id = ? and status in ('SENT', 'SENDING')
                          and id <> ? and coalesce(sent_at, claimed_until) >= ?""")
                .params(claimed.accountId(), claimed.spaceId(), id, Timestamp.from(dayStart)).query(Long.class).single() > 0) {
            release(id, choices.nextDay(now), claimed.attempts());
            return Outcome.NOT_NOW;
        }
        ReminderEmail email = new ReminderEmail(claimed.email(), claimed.name(), claimed.language(), claimed.counsellor(),
                partnersOf(claimed.spaceId()), items,
                publicUrl + "/spaces/" + claimed.spaceId(),
                publicUrl + "/reminders/unsubscribe/" + tokens.sign("unsubscribe", claimed.accountId().toString()),
                publicUrl + "/account");
        try {
            mail.sender().send(message(id, email));
        } catch (MailException | MessagingException failed) {
            int attempts = claimed.attempts() + 1;
            if (attempts >= MOST_ATTEMPTS) {
                log.warn("Gave up on reminder {} after {} attempts: {}", id, attempts, failed.getMessage());
                finish(id, "FAILED", null);
            } else {
                Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
                release(id, now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait), attempts);
                log.info("The mail server did not take reminder {} (attempt {}): {}", id, attempts, failed.getMessage());
            }
            return Outcome.MAIL_SERVER_DOWN;
        }
        finish(id, "SENT", now);
        return Outcome.SENT;
    }

    /**
     * What waits, if the one who did it is still there to wait on (a partner, or a counsellor still asking); what
     * the calendar brought waits until seen.
     */
    private boolean stillWaits(Waiting item, UUID spaceId) {
        if (item.kind().byTheCalendar()) {
            return true;
        }
        if (item.about() == null) {
            return false;
        }
        String status = jdbc.sql("select status from membership where space_id = ? and account_id = ?")
                .params(spaceId, item.about()).query(String.class).optional().orElse("");
        return item.kind() == ReminderKind.COUNSELLOR_REQUEST ? status.equals("PENDING") : status.equals("ACTIVE");
    }

    /**
     * The planned session, if it is still the space's plan, still to come and its counsellor still observes: when
     * it starts, where the recipient lives, and with whom (a partner is told the counsellor's name).
     */
    private Optional<ReminderEmail.Item> session(UUID planId, Claimed claimed, ReminderChoices choices, Instant now) {
        return jdbc.sql("""
                        select p.starts_at, a.display_name, p.counsellor_id from planned_session p
                        join membership m on m.space_id = p.space_id and m.account_id = p.counsellor_id
                        join account a on a.id = p.counsellor_id
                        where p.id = ? and p.space_id = ? and p.starts_at > ? and m.status = 'ACTIVE'""")
                .params(planId, claimed.spaceId(), Timestamp.from(now))
                .query((row, n) -> new ReminderEmail.Item(ReminderKind.SESSION,
                        claimed.accountId().equals(row.getObject(3, UUID.class)) ? null : row.getString(2),
                        row.getTimestamp(1).toInstant().atZone(choices.zone())))
                .optional();
    }

    /** @param about who did it; for a planned session, the plan */
    private record Waiting(ReminderKind kind, UUID about) {
    }

    private MimeMessage message(UUID id, ReminderEmail email) throws MessagingException {
        MimeMessage message = mail.sender().createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(from);
        helper.setTo(email.to());
        helper.setSubject(email.subject());
        helper.setText(email.body());
        message.setHeader("List-Unsubscribe", "<" + email.unsubscribeLink() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Message-ID", "<reminder-" + id + "@common-ground>");
        return message;
    }

    /** "Alex & Sam": the space as its people, since its own name is words a partner chose and may be private. */
    private String partnersOf(UUID spaceId) {
        return String.join(" & ", jdbc.sql("""
                        select a.display_name from membership m join account a on a.id = m.account_id
                        where m.space_id = ? and m.role = 'PARTNER' and m.status = 'ACTIVE' order by m.joined_at""")
                .param(spaceId).query(String.class).list());
    }

    private String nameOf(UUID accountId) {
        return jdbc.sql("select display_name from account where id = ?").param(accountId).query(String.class).single();
    }

    private void release(UUID id, Instant sendAfter, int attempts) {
        jdbc.sql("""
                        update reminder set status = 'WAITING', send_after = ?, attempts = ?, claimed_until = null,
                               version = version + 1
                        where id = ?""")
                .params(Timestamp.from(sendAfter), attempts, id).update();
    }

    private void finish(UUID id, String status, Instant sentAt) {
        jdbc.sql("update reminder set status = ?, sent_at = ?, claimed_until = null, version = version + 1 where id = ?")
                .params(status, sentAt == null ? null : Timestamp.from(sentAt), id).update();
    }

    private record Claimed(UUID accountId, UUID spaceId, String waiting, Instant waitingSince, int attempts,
                           Instant lastSeen, boolean member, String email, String name, boolean counsellor,
                           Locale language) {
    }
}
