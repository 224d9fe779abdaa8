package app.commonground.activity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The activity's part of the space's live model: its newest lines, newest first. */
public record RecentActivity(List<ActivityLine> newest) {

    /** How many lines the model keeps: four pages of the feed. Older ones are read when asked for. */
    public static final int KEPT = 4 * ActivityLog.PAGE_SIZE;

    static final Comparator<ActivityLine> NEWEST_FIRST = Comparator.comparing(ActivityLine::at)
            .thenComparing(line -> line.id().toString()).reversed();

    public RecentActivity {
        newest = List.copyOf(newest);
    }

    /** With one more line, in its place, the oldest falling off beyond {@link #KEPT}. */
    RecentActivity with(ActivityLine line) {
        if (newest.stream().anyMatch(kept -> kept.id().equals(line.id()))) {
            return this;
        }
        List<ActivityLine> lines = new ArrayList<>(newest);
        lines.add(line);
        lines.sort(NEWEST_FIRST);
        return new RecentActivity(lines.size() > KEPT ? lines.subList(0, KEPT) : lines);
    }
}
