package app.commonground.load;

import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Couple;
import app.commonground.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * "Download my data" for a partner with years of activity: how long it takes, how big it is, and how much the
 * live heap grows while it streams (a collection every 50 ms, the heap measured after it, against the heap after
 * a collection just before): what the export holds at once, not the garbage it leaves behind.
 * Prints; asserts nothing. Not part of the normal test run:
 * <pre>
 * ./mvnw -q test-compile surefire:test -Dtest=ExportBenchmark [-Dexport.lines=200000]
 * ./mvnw -q test-compile surefire:test@postgres -Dtest=ExportBenchmark
 * </pre>
 */
@IntegrationTest
class ExportBenchmark {

    @Autowired
    TestPeople people;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void prints_the_time_size_and_heap_of_an_export_with_years_of_activity() {
        int lines = Integer.getInteger("export.lines", 200_000);
        Couple couple = people.newPartners();
        fill(couple, lines);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        AtomicLong peak = new AtomicLong(before);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleWithFixedDelay(() -> {
            System.gc();
            peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
        }, 0, 50, TimeUnit.MILLISECONDS);
        CountingStream zip = new CountingStream();
        long start = System.nanoTime();
        people.as(couple.first(), () -> accounts.exportMyData(zip, Locale.ENGLISH));
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.shutdownNow();
        System.out.printf(Locale.ROOT, "%nExport of %,d activity lines (%s): %,d ms, ZIP %,d bytes (%.1f MB), "
                        + "live heap at most %,d MB above the %,d MB before it%n%n", lines,
                System.getProperty("common-ground.test-database", "h2"), millis, zip.count, zip.count / 1e6,
                (peak.get() - before) / 1_000_000, before / 1_000_000);
    }

    /** Years of activity, as the app writes it: a line a few times a day, each with a title and a few words. */
    private void fill(Couple couple, int lines) {
        Instant first = Instant.now().minusSeconds(3L * 365 * 24 * 3600);
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            batch.add(new Object[] {UUID.randomUUID(), couple.spaceId(), i % 2 == 0 ? couple.first().id() : couple.second().id(),
                    "ITEM_UPDATED", "A goal with a title of a usual length, number " + i, "GOAL",
                    Timestamp.from(first.plusSeconds(i * 450L))});
            if (batch.size() == 5_000 || i == lines - 1) {
                jdbc.batchUpdate("""
                        insert into activity (id, space_id, actor_id, kind, subject_title, details, occurred_at,
                                              version, kept_from_counsellor)
                        values (?, ?, ?, ?, ?, ?, ?, 0, false)""", batch);
                batch.clear();
            }
        }
    }

    private static final class CountingStream extends OutputStream {

        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
