package app.commonground.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per email and per network address and blocks further tries for a while once
 * either has failed too often. It treats every email alike, registered or not, so its answers never
 * reveal whether an account exists.
 */
@Component
public class LoginThrottle {

    static final int FAILURES_PER_EMAIL = 5;
    static final int FAILURES_PER_ADDRESS = 20;
    static final Duration BLOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final Map<String, Failures> byEmail = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a sign-in for this email from this address must be refused without checking the password. */
    public boolean isBlocked(String email, String address) {
        Instant now = clock.instant();
        return blocked(byEmail.get(key(email)), FAILURES_PER_EMAIL, now)
                || blocked(byAddress.get(address(address)), FAILURES_PER_ADDRESS, now);
    }

    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        if (byEmail.size() > MAX_TRACKED || byAddress.size() > MAX_TRACKED) {
            forgetOlderThan(now.minus(BLOCK));
        }
        byEmail.merge(key(email), Failures.first(now), (old, next) -> old.plusOne(now));
        byAddress.merge(address(address), Failures.first(now), (old, next) -> old.plusOne(now));
    }

    public void recordSuccess(String email) {
        byEmail.remove(key(email));
    }

    private static boolean blocked(Failures failures, int limit, Instant now) {
        return failures != null && failures.count() >= limit && failures.last().plus(BLOCK).isAfter(now);
    }

    private void forgetOlderThan(Instant cutoff) {
        byEmail.values().removeIf(f -> f.last().isBefore(cutoff));
        byAddress.values().removeIf(f -> f.last().isBefore(cutoff));
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String address(String address) {
        return address == null ? "unknown" : address;
    }

    private record Failures(int count, Instant last) {

        static Failures first(Instant now) {
            return new Failures(1, now);
        }

        /** Failures older than the block window no longer count: the run starts again. */
        Failures plusOne(Instant now) {
            return last.plus(BLOCK).isBefore(now) ? first(now) : new Failures(count + 1, now);
        }
    }
}
