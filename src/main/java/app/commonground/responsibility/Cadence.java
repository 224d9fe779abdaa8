package app.commonground.responsibility;

/** How often a responsibility comes round; the screens name it in the viewer's words. */
public enum Cadence {
    DAILY,
    WEEKLY,
    MONTHLY,
    OCCASIONALLY
}
