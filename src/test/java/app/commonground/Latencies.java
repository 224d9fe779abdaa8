package app.commonground;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Measured times in milliseconds, and their percentiles (nearest rank). Thread-safe. */
public final class Latencies {

    private final List<Double> millis = new ArrayList<>();

    public synchronized void add(double latency) {
        millis.add(latency);
    }

    public synchronized void addAll(Collection<Double> latencies) {
        millis.addAll(latencies);
    }

    public synchronized int count() {
        return millis.size();
    }

    /** The value below which {@code percent} % of the times lie; NaN when there are none. */
    public synchronized double percentile(double percent) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = millis.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    public synchronized double max() {
        return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    public synchronized double min() {
        return millis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public synchronized double mean() {
        return millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** How many, median, p95, min, max and mean, in milliseconds. */
    public String summary() {
        return String.format(Locale.ROOT, "%d saves: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms, mean %.1f ms",
                count(), percentile(50), percentile(95), min(), max(), mean());
    }
}
