package app.commonground.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void five_failures_for_one_email_block_it_from_any_address() {
        failTimes(5, "robin@example.test", "10.0.0.1");

        assertThat(throttle.isBlocked("robin@example.test", "10.0.0.2")).isTrue();
        assertThat(throttle.isBlocked("ROBIN@example.test", "10.0.0.1")).isTrue();
    }

    @Test
    void four_failures_do_not_block_yet() {
        failTimes(4, "robin@example.test", "10.0.0.1");

        assertThat(throttle.isBlocked("robin@example.test", "10.0.0.1")).isFalse();
    }

    @Test
    void the_block_ends_fifteen_minutes_after_the_last_failure() {
        failTimes(5, "robin@example.test", "10.0.0.1");

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isBlocked("robin@example.test", "10.0.0.1")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.isBlocked("robin@example.test", "10.0.0.1")).isFalse();
    }

    @Test
    void a_successful_sign_in_starts_the_count_again() {
        failTimes(4, "robin@example.test", "10.0.0.1");
        throttle.recordSuccess("robin@example.test");
        failTimes(4, "robin@example.test", "10.0.0.1");

        assertThat(throttle.isBlocked("robin@example.test", "10.0.0.1")).isFalse();
    }

    @Test
    void twenty_failures_from_one_address_block_that_address_for_every_email() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("guess" + i + "@example.test", "10.0.0.9");
        }

        assertThat(throttle.isBlocked("someone-else@example.test", "10.0.0.9")).isTrue();
        assertThat(throttle.isBlocked("someone-else@example.test", "10.0.0.8")).isFalse();
    }

    private void failTimes(int times, String email, String address) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(email, address);
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-24T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
