package app.commonground.load;

import app.commonground.BrowserlessTest;
import app.commonground.BrowserlessUsers;
import app.commonground.SqlStatements;
import app.commonground.TestPeople.Couple;
import app.commonground.TestPeople.Person;
import com.vaadin.browserless.BrowserlessUIContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * A counsellor's home page with many couples, each with a year of activity: how long it takes to open, and how
 * many SQL statements it takes. Prints; asserts nothing. Not part of the normal test run:
 * <pre>
 * ./mvnw -q test-compile surefire:test -Dtest=CaseloadBenchmark [-Dcaseload.couples=100]
 * ./mvnw -q test-compile surefire:test@postgres -Dtest=CaseloadBenchmark
 * </pre>
 * A year per couple: about 2,900 activity lines, 30 goals and hobbies (5 kept from the counsellor), a session
 * every two weeks, 52 check-ins, 12 negotiations and 8 boundaries, written straight into the tables.
 */
class CaseloadBenchmark extends BrowserlessTest {

    private static final int DAYS = 365;
    private static final String[] KINDS = {"ITEM_UPDATED", "ITEM_ADDED", "ITEM_STATUS_SET", "RESPONSIBILITY_CHANGED",
            "ITEM_ACHIEVED", "CHECKIN_SUBMITTED", "OPTION_ADDED", "OUTCOME_SIGNED"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SqlStatements sql;

    @Test
    void prints_how_long_the_caseload_takes_to_open_with_a_year_of_activity_per_couple() {
        int couples = Integer.getInteger("caseload.couples", 100);
        Person counsellor = people.newPerson("Dr Rivera");
        long seeding = System.nanoTime();
        for (int i = 0; i < couples; i++) {
            aYearOf(people.withCounsellor(people.newPartners(), counsellor));
        }
        System.out.printf(Locale.ROOT, "%nSeeded %,d couples in %,d s%n", couples, (System.nanoTime() - seeding) / 1_000_000_000);

        BrowserlessUIContext window = users.windowOf(counsellor);
        long[] statements = new long[1];
        LongSupplier open = () -> {
            long before = sql.count();
            long start = System.nanoTime();
            BrowserlessUsers.open(window, "");
            long micros = (System.nanoTime() - start) / 1_000;
            statements[0] = sql.count() - before;
            return micros;
        };
        for (int i = 0; i < 5; i++) {
            open.getAsLong();
        }
        long[] times = new long[21];
        for (int i = 0; i < times.length; i++) {
            times[i] = open.getAsLong();
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "Counsellor's home page, %,d couples (%s): median %.1f ms, slowest %.1f ms "
                        + "of %d openings, %d SQL statements per opening%n%n", couples,
                System.getProperty("common-ground.test-database", "h2"), times[times.length / 2] / 1000.0,
                times[times.length - 1] / 1000.0, times.length, statements[0]);
    }

    private void aYearOf(Couple couple) {
        Instant now = Instant.now();
        Instant start = now.minus(DAYS, ChronoUnit.DAYS);
        UUID space = couple.spaceId();
        UUID[] partners = {couple.first().id(), couple.second().id()};
        List<Object[]> items = new ArrayList<>();
        List<UUID> hidden = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID id = UUID.randomUUID();
            boolean kept = i < 5;
            if (kept) {
                hidden.add(id);
            }
            items.add(new Object[] {id, space, partners[i % 2], "GOAL", "A goal of a usual length, number " + i,
                    i % 3 == 0 ? "ACHIEVED" : "ACTIVE", i, partners[i % 2], Timestamp.from(start),
                    partners[i % 2], Timestamp.from(start), kept, kept ? partners[i % 2] : null});
        }
        jdbc.batchUpdate("""
                insert into board_item (id, space_id, owner_id, kind, title, status, position, revision, created_by,
                                        created_at, updated_by, updated_at, version, hidden_from_counsellor, hidden_by)
                values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, 0, ?, ?)""", items);
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < DAYS * 8; i++) {
            String kind = KINDS[i % KINDS.length];
            UUID subject = kind.startsWith("ITEM") ? (i % 6 == 0 ? hidden.get(i % hidden.size()) : (UUID) items.get(5 + i % 25)[0]) : null;
            lines.add(new Object[] {UUID.randomUUID(), space, partners[i % 2], kind, subject,
                    "A goal of a usual length, number " + i % 30, Timestamp.from(start.plusSeconds(i * 10_800L)), i % 10 == 0});
        }
        jdbc.batchUpdate("""
                insert into activity (id, space_id, actor_id, kind, item_id, subject_title, occurred_at, version,
                                      kept_from_counsellor)
                values (?, ?, ?, ?, ?, ?, ?, 0, ?)""", lines);
        List<Object[]> sessions = new ArrayList<>();
        for (int day = 5; day < DAYS; day += 14) {
            sessions.add(new Object[] {UUID.randomUUID(), space, couple.counsellor().id(),
                    Date.valueOf(LocalDate.now().minusDays(day)), Timestamp.from(now)});
        }
        jdbc.batchUpdate("insert into counselling_session (id, space_id, counsellor_id, held_on, recorded_at, version) "
                + "values (?, ?, ?, ?, ?, 0)", sessions);
        List<Object[]> checkins = new ArrayList<>();
        for (int week = 0; week < 52; week++) {
            Instant started = start.plus(week * 7L, ChronoUnit.DAYS);
            checkins.add(new Object[] {UUID.randomUUID(), space, partners[week % 2], Timestamp.from(started),
                    Timestamp.from(started.plus(1, ChronoUnit.DAYS)), Timestamp.from(started.plus(1, ChronoUnit.DAYS))});
        }
        jdbc.batchUpdate("insert into checkin (id, space_id, started_by, started_at, revealed_at, closed_at, version) "
                + "values (?, ?, ?, ?, ?, ?, 0)", checkins);
        List<Object[]> negotiations = new ArrayList<>();
        String[] steps = {"DRAFT", "MIRROR", "OPTIONS", "AGREED"};
        for (int i = 0; i < 12; i++) {
            String step = steps[i % 4];
            Instant opened = start.plus(i * 30L, ChronoUnit.DAYS);
            negotiations.add(new Object[] {UUID.randomUUID(), space, "A topic of a usual length " + i, step, partners[i % 2],
                    Timestamp.from(opened), Timestamp.from(opened.plus(i, ChronoUnit.DAYS)),
                    step.equals("AGREED") ? Date.valueOf(LocalDate.now().plusDays(30 - i * 5L)) : null,
                    step.equals("AGREED") ? Timestamp.from(opened.plus(i, ChronoUnit.DAYS)) : null});
        }
        jdbc.batchUpdate("""
                insert into negotiation (id, space_id, title, step, opened_by, opened_at, step_since, review_date,
                                         agreed_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", negotiations);
        List<Object[]> boundaries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            boundaries.add(new Object[] {UUID.randomUUID(), space, partners[i % 2], "TIME",
                    "A boundary of a usual length, number " + i, Timestamp.from(start.plus(i * 45L, ChronoUnit.DAYS)),
                    i % 2 == 0});
        }
        jdbc.batchUpdate("""
                insert into boundary (id, space_id, author_id, kind, words, published_at, shared_with_counsellor,
                                      content_revision, version)
                values (?, ?, ?, ?, ?, ?, ?, 1, 0)""", boundaries);
    }
}
