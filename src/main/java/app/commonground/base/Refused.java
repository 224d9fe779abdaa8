package app.commonground.base;

/** A refusal a person reads: a step that does not apply now, or is not theirs to take. */
public interface Refused {

    Reason reason();
}
