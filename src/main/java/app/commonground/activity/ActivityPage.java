package app.commonground.activity;

import java.util.List;

/** The newest entries of a space's activity, and whether older ones exist. */
public record ActivityPage(List<ActivityEntry> entries, boolean hasOlder) {
}
