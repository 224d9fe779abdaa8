package app.commonground.security;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down guessing: failed sign-ins are counted in the database, so every app server sees the same
 * counts, in three kinds of bucket. Past a bucket's allowance each further try must wait twice as long as
 * the one before (1 s, 2 s, 4 s … up to the bucket's cap) after the last failure; nobody is locked out for
 * good, and a stranger guessing from elsewhere can only slow the owner down by seconds, never lock them out.
 * Every email is treated alike, registered or not, so the answers never reveal whether an account exists.
 */
@Component
public class LoginThrottle {

    /** One email from one address: the owner's own browser is only ever slowed by its own mistakes. */
    static final Bucket PAIR = new Bucket("pair", 5, Duration.ofMinutes(15));
    /** One address, whatever email it tries: one machine spraying guesses over many accounts. */
    static final Bucket ADDRESS = new Bucket("address", 20, Duration.ofMinutes(15));
    /** One email from anywhere: guesses spread over many addresses; a short cap, so the owner waits seconds. */
    static final Bucket EMAIL = new Bucket("email", 30, Duration.ofSeconds(30));
    /** Sign-ups from one address refused because the email has an account: asking who has one, slowed down. */
    static final Bucket TAKEN_EMAILS = new Bucket("signup", 5, Duration.ofMinutes(15));
    /** Failures further apart than this start the count again, and older rows are removed. */
    static final Duration WINDOW = Duration.ofMinutes(15);

    record Bucket(String kind, int allowance, Duration cap) {

        /** How long after the last failure the next try must wait, with this many failures counted. */
        Duration wait(int failures) {
            if (failures < allowance) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - allowance, 20);
            Duration wait = Duration.ofSeconds(1L << doublings);
            return wait.compareTo(cap) > 0 ? cap : wait;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long a sign-in for this email from this address must still wait; empty if it may go ahead now. */
    public Optional<Duration> waitBefore(String email, String address) {
        return waitBefore(keys(email, address));
    }

    /** How long a sign-up from this address must still wait after it was told too often that an email is taken. */
    public Optional<Duration> waitBeforeSignUp(String address) {
        return waitBefore(signUpKeys(address));
    }

    /** A sign-up from this address was told that the email already has an account. */
    public void recordTakenEmail(String address) {
        Instant now = clock.instant();
        signUpKeys(address).forEach(key -> count(key.bucket(), now));
    }

    private static List<Key> signUpKeys(String address) {
        return address == null || address.isBlank() ? List.of()
                : List.of(new Key(TAKEN_EMAILS, TAKEN_EMAILS.kind() + ":" + address));
    }

    private Optional<Duration> waitBefore(List<Key> keys) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (Key key : keys) {
            Optional<Counted> counted = jdbc.sql("select failures, last_failure_at from sign_in_failure where bucket = ?")
                    .param(key.bucket())
                    .query((row, number) -> new Counted(row.getInt(1), row.getTimestamp(2).toInstant())).optional();
            if (counted.isPresent() && counted.get().last().plus(WINDOW).isAfter(now)) {
                Instant allowedAt = counted.get().last().plus(key.kind().wait(counted.get().failures()));
                Duration left = Duration.between(now, allowedAt);
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isPositive() ? Optional.of(longest) : Optional.empty();
    }

    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        for (Key key : keys(email, address)) {
            count(key.bucket(), now);
        }
    }

    /** The right password from this address: its own mistakes are forgotten (the email's wider count is not). */
    public void recordSuccess(String email, String address) {
        jdbc.sql("delete from sign_in_failure where bucket = ?").param(pair(email, address)).update();
    }

    /** Keeps the table to the failures of the last window: bounded by what happened recently, not by time. */
    @Scheduled(fixedDelayString = "PT1M")
    void forgetOldFailures() {
        jdbc.sql("delete from sign_in_failure where last_failure_at < ?")
                .param(java.sql.Timestamp.from(clock.instant().minus(WINDOW))).update();
    }

    private void count(String bucket, Instant now) {
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        java.sql.Timestamp windowStart = java.sql.Timestamp.from(now.minus(WINDOW));
        String update = """
                update sign_in_failure
                set failures = case when last_failure_at < :windowStart then 1 else failures + 1 end,
                    last_failure_at = :at
                where bucket = :bucket""";
        if (jdbc.sql(update).param("windowStart", windowStart).param("at", at).param("bucket", bucket).update() > 0) {
            return;
        }
        try {
            jdbc.sql("insert into sign_in_failure (bucket, failures, last_failure_at) values (?, 1, ?)")
                    .params(bucket, at).update();
        } catch (DuplicateKeyException anotherServerWasFirst) {
            jdbc.sql(update).param("windowStart", windowStart).param("at", at).param("bucket", bucket).update();
        }
    }

    private record Key(Bucket kind, String bucket) {
    }

    private record Counted(int failures, Instant last) {
    }

    /** The buckets a try counts in; without a known address only the email's own, never a shared one. */
    private static List<Key> keys(String email, String address) {
        List<Key> keys = new ArrayList<>();
        keys.add(new Key(EMAIL, EMAIL.kind() + ":" + email(email)));
        if (address != null && !address.isBlank()) {
            keys.add(new Key(PAIR, pair(email, address)));
            keys.add(new Key(ADDRESS, ADDRESS.kind() + ":" + address));
        }
        return keys;
    }

    private static String pair(String email, String address) {
        return PAIR.kind() + ":" + email(email) + "|" + address;
    }

    private static String email(String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return normalized.length() > 300 ? normalized.substring(0, 300) : normalized;
    }
}
