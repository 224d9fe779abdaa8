package app.commonground.security;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down guessing. Every try is counted in the database before the password is checked (so every app
 * server sees the same counts, and tries sent in parallel each take their own turn), in three kinds of
 * bucket; a try that turns out right is taken off the counts again. Past a bucket's allowance each further
 * try must wait twice as long as the one before (1 s, 2 s, 4 s … up to the bucket's cap) after the last
 * one; nobody is locked out for good. Guesses spread over many addresses slow an email down only from
 * addresses that have never signed in to it, so a stranger cannot keep the owner out of their usual
 * browser. Every email is treated alike, registered or not, so the answers never reveal whether an
 * account exists.
 */
@Component
public class LoginThrottle {

    /** One email from one address: the owner's own browser is only ever slowed by its own mistakes. */
    static final Bucket PAIR = new Bucket("pair", 5, Duration.ofMinutes(15));
    /** One address, whatever email it tries: one machine spraying guesses over many accounts. */
    static final Bucket ADDRESS = new Bucket("address", 20, Duration.ofMinutes(15));
    /** One email from addresses that never signed in to it: guesses spread over many machines. */
    static final Bucket EMAIL = new Bucket("email", 30, Duration.ofSeconds(30));
    /** Sign-ups from one address refused because the email has an account: asking who has one, slowed down. */
    static final Bucket TAKEN_EMAILS = new Bucket("signup", 5, Duration.ofMinutes(15));
    /** Tries further apart than this start the count again, and older counts are removed. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** How long an address that signed in to an email is remembered as one of its owner's. */
    static final Duration KNOWN_FOR = Duration.ofDays(60);

    record Bucket(String kind, int allowance, Duration cap) {

        /** How long after the last try the next one must wait, with this many tries counted. */
        Duration wait(int tries) {
            if (tries < allowance) {
                return Duration.ZERO;
            }
            int doublings = Math.min(tries - allowance, 20);
            Duration wait = Duration.ofSeconds(1L << doublings);
            return wait.compareTo(cap) > 0 ? cap : wait;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;

    LoginThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Claims a try at signing in: refused with how long to wait while any of its buckets says wait, else
     * counted at once in every bucket (the rows stay locked until the count is written, so parallel tries
     * queue up instead of all reading the same count). A try that succeeds is handed to {@link #succeeded}.
     */
    public Optional<Duration> claimTry(String email, String address) {
        return claim(keys(email, address));
    }

    /** The right password: this try is taken off the counts, and the address is known to the email's owner. */
    public void succeeded(String email, String address) {
        Instant now = clock.instant();
        List<Key> counted = keys(email, address);
        transaction.executeWithoutResult(status -> {
            for (Key key : counted) {
                if (key.kind() == PAIR) {
                    jdbc.sql("delete from sign_in_failure where bucket = ?").param(key.bucket()).update();
                } else {
                    jdbc.sql("update sign_in_failure set failures = failures - 1 where bucket = ? and failures > 0")
                            .param(key.bucket()).update();
                }
            }
            if (address != null && !address.isBlank()) {
                upsert(known(email, address), now, "failures = 0, last_failure_at = :at");
            }
        });
    }

    /** Forgets every count kept under this email (its account is deleted): no row holds the email any more. */
    public void forget(String email) {
        String key = email(email);
        String pair = PAIR.kind() + ":" + key + "|";
        String known = "known:" + key + "|";
        jdbc.sql("delete from sign_in_failure where bucket = ? or left(bucket, ?) = ? or left(bucket, ?) = ?")
                .params(EMAIL.kind() + ":" + key, pair.length(), pair, known.length(), known)
                .update();
    }

    /** How long a sign-up from this address must still wait after it was told too often that an email is taken. */
    public Optional<Duration> waitBeforeSignUp(String address) {
        Instant now = clock.instant();
        return transaction.execute(status -> longestWait(signUpKeys(address), now, false));
    }

    /** A sign-up from this address was told that the email already has an account. */
    public void recordTakenEmail(String address) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> signUpKeys(address).forEach(key -> count(key.bucket(), now)));
    }

    /** Keeps the table to what still counts: tries of the last window, addresses known for sixty days. */
    @Scheduled(fixedDelayString = "PT1M")
    void forgetOldTries() {
        Instant now = clock.instant();
        jdbc.sql("delete from sign_in_failure where bucket not like 'known:%' and last_failure_at < ?")
                .param(Timestamp.from(now.minus(WINDOW))).update();
        jdbc.sql("delete from sign_in_failure where bucket like 'known:%' and last_failure_at < ?")
                .param(Timestamp.from(now.minus(KNOWN_FOR))).update();
    }

    private Optional<Duration> claim(List<Key> keys) {
        Instant now = clock.instant();
        keys.forEach(key -> ensureRow(key.bucket(), now));
        return transaction.execute(status -> {
            Optional<Duration> wait = longestWait(keys, now, true);
            if (wait.isEmpty()) {
                keys.forEach(key -> count(key.bucket(), now));
            }
            return wait;
        });
    }

    private Optional<Duration> longestWait(List<Key> keys, Instant now, boolean lock) {
        Duration longest = Duration.ZERO;
        for (Key key : keys) {
            Optional<Counted> counted = jdbc.sql("select failures, last_failure_at from sign_in_failure where bucket = ?"
                            + (lock ? " for update" : ""))
                    .param(key.bucket())
                    .query((row, number) -> new Counted(row.getInt(1), row.getTimestamp(2).toInstant())).optional();
            // Below the allowance nothing waits, even when the last try is dated after this one's "now" (it
            // read the clock before waiting for the lock, or another server's clock is a little ahead).
            Duration wait = counted.isPresent() ? key.kind().wait(counted.get().tries()) : Duration.ZERO;
            if (wait.isPositive() && counted.get().last().plus(WINDOW).isAfter(now)) {
                Instant allowedAt = counted.get().last().plus(wait);
                Duration left = Duration.between(now, allowedAt);
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isPositive() ? Optional.of(longest) : Optional.empty();
    }

    /**
     * Makes sure the bucket has a row to lock, in a statement of its own: an empty count dated within the
     * window (so the clean-up leaves it for now). Two servers making it at once is fine: one row results.
     */
    private void ensureRow(String bucket, Instant now) {
        try {
            jdbc.sql("""
                    insert into sign_in_failure (bucket, failures, last_failure_at)
                    select ?, 0, ? where not exists (select 1 from sign_in_failure where bucket = ?)""")
                    .params(bucket, Timestamp.from(now.minus(WINDOW).plusSeconds(60)), bucket).update();
        } catch (DuplicateKeyException anotherServerWasFirst) {
            // then that row is the one
        }
    }

    /** How long a sign-in for this email from this address would have to wait now; counts nothing. */
    Optional<Duration> waitBefore(String email, String address) {
        Instant now = clock.instant();
        return transaction.execute(status -> longestWait(keys(email, address), now, false));
    }

    private void count(String bucket, Instant now) {
        upsert(bucket, now, "failures = case when last_failure_at < :windowStart then 1 else failures + 1 end, "
                + "last_failure_at = :at");
    }

    private void upsert(String bucket, Instant now, String assignments) {
        Timestamp at = Timestamp.from(now);
        Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
        String update = "update sign_in_failure set " + assignments + " where bucket = :bucket";
        if (jdbc.sql(update).param("windowStart", windowStart).param("at", at).param("bucket", bucket).update() > 0) {
            return;
        }
        try {
            jdbc.sql("insert into sign_in_failure (bucket, failures, last_failure_at) values (?, ?, ?)")
                    .params(bucket, bucket.startsWith("known:") ? 0 : 1, at).update();
        } catch (DuplicateKeyException anotherServerWasFirst) {
            jdbc.sql(update).param("windowStart", windowStart).param("at", at).param("bucket", bucket).update();
        }
    }

    private record Key(Bucket kind, String bucket) {
    }

    private record Counted(int tries, Instant last) {
    }

    /**
     * The buckets a try counts in. Without a known address only the email's own (never a bucket shared by
     * everyone without one); from an address that signed in to this email before, not the email-wide one.
     */
    private List<Key> keys(String email, String address) {
        List<Key> keys = new ArrayList<>();
        boolean hasAddress = address != null && !address.isBlank();
        if (!hasAddress || !knownToOwner(email, address)) {
            keys.add(new Key(EMAIL, EMAIL.kind() + ":" + email(email)));
        }
        if (hasAddress) {
            keys.add(new Key(PAIR, pair(email, address)));
            keys.add(new Key(ADDRESS, ADDRESS.kind() + ":" + address));
        }
        return keys;
    }

    private boolean knownToOwner(String email, String address) {
        return jdbc.sql("select count(*) from sign_in_failure where bucket = ?").param(known(email, address))
                .query(Long.class).single() > 0;
    }

    private static List<Key> signUpKeys(String address) {
        return address == null || address.isBlank() ? List.of()
                : List.of(new Key(TAKEN_EMAILS, TAKEN_EMAILS.kind() + ":" + address));
    }

    private static String pair(String email, String address) {
        return PAIR.kind() + ":" + email(email) + "|" + address;
    }

    private static String known(String email, String address) {
        return "known:" + email(email) + "|" + address;
    }

    private static String email(String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return normalized.length() > 300 ? normalized.substring(0, 300) : normalized;
    }
}
