package app.commonground.values;

/** How a kind of boundary feels to its partner right now, in their private self-check. */
public enum Feeling {
    HEALTHY, TOO_LOOSE, TOO_RIGID
}
