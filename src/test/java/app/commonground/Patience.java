package app.commonground;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How long a test waits for work it cannot see the end of (a page to show a push, a server to start): as long as
 * the work goes on, so a busy machine makes the test slower, never red. It runs out when what {@code progress}
 * reports stood still for {@code quiet}, or after {@link #LIMIT} in all, so a test that waits for something
 * that never comes still ends.
 */
public final class Patience {

    /** Generous: on a machine at a load of 30, one step of the server or the browser takes seconds. */
    public static final Duration QUIET = Duration.ofSeconds(30);
    public static final Duration LIMIT = Duration.ofMinutes(10);

    private final Supplier<?> progress;
    private final Duration quiet;
    private final long started = System.nanoTime();
    private long movedAt = started;
    private Object last;

    /** @param progress what the work has done so far: any value unlike the one before counts as progress */
    public Patience(Supplier<?> progress, Duration quiet) {
        this.progress = progress;
        this.quiet = quiet;
        this.last = progress.get();
    }

    /** Looks at the progress once more; true when it stood still for the quiet period, or the limit is reached. */
    public boolean runOut() {
        long now = System.nanoTime();
        Object seen = progress.get();
        if (!Objects.equals(seen, last)) {
            last = seen;
            movedAt = now;
        }
        return now - movedAt >= quiet.toNanos() || now - started >= LIMIT.toNanos();
    }

    /** What was waited for, for a failure's message. */
    public String account() {
        long now = System.nanoTime();
        return "waited " + Duration.ofNanos(now - started).toSeconds() + " s, the last "
                + Duration.ofNanos(now - movedAt).toSeconds() + " s without progress";
    }
}
