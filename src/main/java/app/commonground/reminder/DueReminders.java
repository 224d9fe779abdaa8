package app.commonground.reminder;

import app.commonground.base.Transactions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the calendar brings, looked for every few minutes: an agreement, a boundary or a shared value whose review
 * date has come (where each partner lives), the couple's agreed check-in time (that day, from the time for a
 * few hours; every other week, not within ten days of the last one), and a session the counsellor planned (the day
 * before it, where each partner and the counsellor live). Each wakes each person once per thing and date, through
 * the same outbox as a partner's steps.
 */
@Component
class DueReminders {

    /** How long after the agreed time a check-in time still wakes someone (a server that was down catches up). */
    static final Duration CHECKIN_WINDOW = Duration.ofHours(3);
    /** A review that came while no server looked still counts for this many days. */
    static final int REVIEW_LATE_DAYS = 2;
    /** How far ahead a planned session may be for it to be the next day somewhere (time zones span 26 hours). */
    static final Duration SESSION_AHEAD = Duration.ofDays(3);

    private final JdbcClient jdbc;
    private final ReminderSettings settings;
    private final Reminders reminders;
    private final Mail mail;
    private final Transactions transactions;
    private final Clock clock;

    DueReminders(JdbcClient jdbc, ReminderSettings settings, Reminders reminders, Mail mail, Transactions transactions,
                 Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.reminders = reminders;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${common-ground.reminders.due-every:10m}")
    void look() {
        if (mail.on()) {
            look(clock.instant());
        }
    }

    /** Wakes whoever something came due for at {@code now}. */
    void look(Instant now) {
        LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Date from = Date.valueOf(utcToday.minusDays(REVIEW_LATE_DAYS + 1));
        Date to = Date.valueOf(utcToday.plusDays(1));
        List<Due> reviews = jdbc.sql("""
                        select space_id, id, review_date from negotiation where step = 'AGREED' and review_date between ? and ?
                        union all
                        select space_id, id, review_date from boundary where published_at is not null and review_date between ? and ?
                        union all
                        select space_id, id, review_date from shared_value where agreed_at is not null and review_date between ? and ?""")
                .params(from, to, from, to, from, to)
                .query((row, n) -> new Due(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getObject(3, LocalDate.class)))
                .list();
        for (Due review : reviews) {
            for (UUID partner : reminders.partners(review.spaceId())) {
                LocalDate today = settings.of(partner).day(now);
                if (!review.on().isAfter(today) && !review.on().isBefore(today.minusDays(REVIEW_LATE_DAYS))) {
                    wake(partner, review.spaceId(), review.subjectId(), review.on(), ReminderKind.REVIEW, null, now);
                }
            }
        }
        List<Rhythm> rhythms = jdbc.sql("""
                        select r.space_id, r.day_of_week, r.time_of_day, r.every_weeks,
                               (select max(c.started_at) from checkin c where c.space_id = r.space_id)
                        from checkin_rhythm r where r.agreed_at is not null""")
                .query((row, n) -> new Rhythm(row.getObject(1, UUID.class), DayOfWeek.valueOf(row.getString(2)),
                        row.getObject(3, LocalTime.class), row.getInt(4),
                        row.getTimestamp(5) == null ? null : row.getTimestamp(5).toInstant()))
                .list();
        for (Rhythm rhythm : rhythms) {
            for (UUID partner : reminders.partners(rhythm.spaceId())) {
                ZonedDateTime local = now.atZone(settings.of(partner).zone());
                ZonedDateTime time = local.with(rhythm.time());
                boolean thatTime = local.getDayOfWeek() == rhythm.day() && !local.isBefore(time)
                        && local.isBefore(time.plus(CHECKIN_WINDOW));
                boolean thatWeek = rhythm.everyWeeks() == 1 || rhythm.lastStarted() == null
                        || ChronoUnit.DAYS.between(rhythm.lastStarted().atZone(local.getZone()).toLocalDate(),
                        local.toLocalDate()) >= 10;
                if (thatTime && thatWeek) {
                    wake(partner, rhythm.spaceId(), rhythm.spaceId(), local.toLocalDate(), ReminderKind.CHECKIN_TIME, null, now);
                }
            }
        }
        lookForSessions(now);
    }

    /** A planned session wakes each partner and its counsellor (while they observe) on their day before it. */
    private void lookForSessions(Instant now) {
        List<Planned> sessions = jdbc.sql("""
                        select p.id, p.space_id, p.counsellor_id, p.starts_at from planned_session p
                        join membership m on m.space_id = p.space_id and m.account_id = p.counsellor_id
                        where m.status = 'ACTIVE' and p.starts_at > ? and p.starts_at <= ?""")
                .params(Timestamp.from(now), Timestamp.from(now.plus(SESSION_AHEAD)))
                .query((row, n) -> new Planned(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class), row.getTimestamp(4).toInstant()))
                .list();
        for (Planned session : sessions) {
            List<UUID> people = new ArrayList<>(reminders.partners(session.spaceId()));
            people.add(session.counsellorId());
            for (UUID person : people) {
                ReminderChoices choices = settings.of(person);
                LocalDate day = choices.day(session.startsAt());
                if (choices.day(now).equals(day.minusDays(1))) {
                    wake(person, session.spaceId(), session.id(), day, ReminderKind.SESSION, session.id(), now);
                }
            }
        }
    }

    /**
     * Wakes {@code person} about {@code subject} for {@code on}, the first time only.
     *
     * @param about what the email names (a planned session); none for what only its kind says
     */
    private void wake(UUID person, UUID spaceId, UUID subject, LocalDate on, ReminderKind kind, UUID about, Instant now) {
        try {
            transactions.writeAnew(() -> jdbc.sql("insert into reminder_due (account_id, subject_id, due_on) values (?, ?, ?)")
                    .params(person, subject, Date.valueOf(on)).update());
        } catch (DuplicateKeyException wokenAlready) {
            return;
        }
        reminders.waitFor(person, spaceId, kind, about, now);
    }

    private record Due(UUID spaceId, UUID subjectId, LocalDate on) {
    }

    private record Rhythm(UUID spaceId, DayOfWeek day, LocalTime time, int everyWeeks, Instant lastStarted) {
    }

    private record Planned(UUID id, UUID spaceId, UUID counsellorId, Instant startsAt) {
    }
}
