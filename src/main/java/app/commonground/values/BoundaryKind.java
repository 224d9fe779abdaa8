package app.commonground.values;

/** What a boundary protects. */
public enum BoundaryKind {
    EMOTIONAL, MENTAL, PHYSICAL, ENERGETIC, TIME, MATERIAL
}
