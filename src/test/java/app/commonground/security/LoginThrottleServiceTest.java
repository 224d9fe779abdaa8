package app.commonground.security;

import app.commonground.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import app.commonground.AtOnce;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in throttle against the real database, with a clock the test moves. */
@IntegrationTest
class LoginThrottleServiceTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final MovableClock clock = new MovableClock();
    private final String robin = "robin-" + UUID.randomUUID() + "@example.test";
    private final String stranger = "stranger-" + UUID.randomUUID();
    private final String home = "home-" + UUID.randomUUID();

    @Test
    void after_five_failures_the_next_try_from_that_address_waits_a_second_and_each_further_failure_doubles_it() {
        LoginThrottle throttle = throttle();
        failTimes(throttle, 5, robin, stranger);

        assertThat(throttle.waitBefore(robin, stranger)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore(robin, stranger)).isEmpty();
        failTimes(throttle, 3, robin, stranger);
        assertThat(throttle.waitBefore(robin, stranger)).contains(Duration.ofSeconds(8));
    }

    @Test
    void four_failures_do_not_slow_anyone_down() {
        LoginThrottle throttle = throttle();
        failTimes(throttle, 4, robin, home);

        assertThat(throttle.waitBefore(robin, home)).isEmpty();
    }

    @Test
    void a_strangers_failures_from_another_address_never_hold_up_the_owners_own_browser() {
        LoginThrottle throttle = throttle();
        failTimes(throttle, 12, robin, stranger);

        assertThat(throttle.waitBefore(robin, stranger)).isPresent();
        assertThat(throttle.waitBefore(robin, home)).isEmpty();
    }

    @Test
    void guesses_spread_over_many_addresses_slow_a_new_address_down_by_thirty_seconds_at_most() {
        LoginThrottle throttle = throttle();
        guessFromEverywhere(throttle, 200);

        assertThat(throttle.waitBefore(robin, home)).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30)));
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.claimTry(robin, home)).isEmpty();
    }

    @Test
    void an_address_the_owner_signed_in_from_is_not_held_up_by_guesses_from_elsewhere() {
        LoginThrottle throttle = throttle();
        assertThat(throttle.claimTry(robin, home)).isEmpty();
        throttle.succeeded(robin, home);

        guessFromEverywhere(throttle, 200);

        assertThat(throttle.waitBefore(robin, home)).isEmpty();
        assertThat(throttle.claimTry(robin, home)).isEmpty();
    }

    @Test
    void tries_sent_at_the_same_moment_each_take_their_own_turn_so_only_five_get_through() throws Exception {
        LoginThrottle throttle = throttle();
        AtomicInteger allowed = new AtomicInteger();
        Runnable attempt = () -> {
            if (throttle.claimTry(robin, stranger).isEmpty()) {
                allowed.incrementAndGet();
            }
        };

        AtOnce.run(Collections.nCopies(12, attempt).toArray(Runnable[]::new));

        assertThat(allowed.get()).isEqualTo(LoginThrottle.PAIR.allowance());
    }

    @Test
    void a_sign_in_that_read_the_clock_a_moment_before_another_sign_in_from_the_same_address_was_counted_is_not_held_up() {
        String office = "office-" + UUID.randomUUID();
        String colleague = "colleague-" + UUID.randomUUID() + "@example.test";
        // Robin's try read the time 5 ms before the colleague's, but got the rows only after it was counted
        // (it waited for the lock, or its server's clock is a little behind): the address's last try is
        // then dated after Robin's "now", with one sign-in counted, far below the allowance.
        LoginThrottle robins = new LoginThrottle(jdbc, Clock.offset(clock, Duration.ofMillis(-5)), transactions);
        LoginThrottle colleagues = throttle();

        assertThat(colleagues.claimTry(colleague, office)).isEmpty();
        colleagues.succeeded(colleague, office);

        assertThat(robins.claimTry(robin, office)).isEmpty();
    }

    /** A stranger guessing Robin's password from ever new addresses, waiting whenever told to wait. */
    private void guessFromEverywhere(LoginThrottle throttle, int guesses) {
        for (int i = 0; i < guesses; i++) {
            String somewhere = "elsewhere-" + i + "-" + UUID.randomUUID();
            throttle.claimTry(robin, somewhere).ifPresent(wait -> {
                clock.advance(wait);
                throttle.claimTry(robin, somewhere);
            });
        }
    }

    @Test
    void twenty_failures_from_one_address_slow_that_address_down_for_every_email() {
        LoginThrottle throttle = throttle();
        String sprayer = "sprayer-" + UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            throttle.claimTry("guess" + i + "-" + UUID.randomUUID() + "@example.test", sprayer);
        }

        assertThat(throttle.waitBefore(robin, sprayer)).isPresent();
        assertThat(throttle.waitBefore(robin, home)).isEmpty();
    }

    @Test
    void every_app_server_sees_the_same_counts() {
        LoginThrottle first = throttle();
        LoginThrottle second = throttle();
        failTimes(first, 3, robin, home);
        failTimes(second, 2, robin, home);

        assertThat(first.waitBefore(robin, home)).isPresent();
        assertThat(second.waitBefore(robin, home)).isPresent();
    }

    @Test
    void tries_without_a_known_address_share_no_bucket_with_each_other() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 40; i++) {
            throttle.claimTry("guess" + i + "-" + UUID.randomUUID() + "@example.test", null);
        }

        assertThat(throttle.waitBefore(robin, null)).isEmpty();
    }

    @Test
    void the_right_password_forgets_the_mistakes_made_from_that_address() {
        LoginThrottle throttle = throttle();
        failTimes(throttle, 6, robin, home);
        clock.advance(Duration.ofSeconds(2));

        throttle.succeeded(robin, home);
        failTimes(throttle, 4, robin, home);

        assertThat(throttle.waitBefore(robin, home)).isEmpty();
    }

    @Test
    void failures_older_than_the_window_are_forgotten_and_removed() {
        LoginThrottle throttle = throttle();
        failTimes(throttle, 9, robin, home);

        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        throttle.forgetOldTries();

        assertThat(throttle.waitBefore(robin, home)).isEmpty();
        assertThat(jdbc.sql("select count(*) from sign_in_failure where bucket like ?").param("%" + robin + "%")
                .query(Long.class).single()).isZero();
    }

    private LoginThrottle throttle() {
        return new LoginThrottle(jdbc, clock, transactions);
    }

    /**
     * Tries with a wrong password, each claimed from the throttle (and so counted), none succeeding; when
     * told to wait, the guesser waits exactly that long and tries again.
     */
    private void failTimes(LoginThrottle throttle, int times, String email, String address) {
        for (int i = 0; i < times; i++) {
            Optional<Duration> wait = throttle.claimTry(email, address);
            if (wait.isPresent()) {
                clock.advance(wait.get());
                assertThat(throttle.claimTry(email, address)).as("try %d after waiting", i + 1).isEmpty();
            }
        }
    }

    /** Starts at the real time (rows other tests left stay in their own past) and moves only when told. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);

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
