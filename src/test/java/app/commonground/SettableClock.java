package app.commonground;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock, stopped where a test sets it and moved only by the test, for what happens when time
 * passes (a day turns). Each reading is a microsecond after the one before, so moments stay in order.
 */
public final class SettableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final AtomicLong readings = new AtomicLong();

    private SettableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** Sets the time to {@code instant}. */
    public void set(Instant instant) {
        now.set(instant);
        readings.set(0);
    }

    @Override
    public Instant instant() {
        return now.get().plusNanos(readings.incrementAndGet() * 1_000);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The application reads its clock in UTC");
    }

    /** Replaces the application's clock in the tests that import it. */
    @TestConfiguration
    public static class Config {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(Instant.now());
        }
    }
}
