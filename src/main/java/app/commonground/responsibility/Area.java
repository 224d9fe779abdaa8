package app.commonground.responsibility;

/** The part of a shared life a responsibility belongs to; the screens name it in the viewer's words. */
public enum Area {
    HOUSEHOLD,
    MONEY,
    EMOTIONAL_SUPPORT,
    CARE,
    ADMIN,
    OTHER
}
