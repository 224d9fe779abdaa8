package app.commonground.negotiation.ui;

import app.commonground.base.ui.Dates;
import app.commonground.negotiation.NegotiationViews.OtherDraft;
import app.commonground.negotiation.NegotiationViews.Turn;
import app.commonground.negotiation.NegotiationViews.Who;

import java.util.List;
import java.util.stream.Collectors;

import static app.commonground.base.ui.Texts.t;

/**
 * Whose move it is in a negotiation, in words: "you" on the viewer's own screen, a name otherwise. Each message
 * is told whether the person is "you", so each language can conjugate its verb ("you rate", "du bewertest").
 */
final class TurnText {

    private TurnText() {
    }

    static String of(Turn turn) {
        return switch (turn) {
            case Turn.Writing(List<Who> writing) -> writing.size() == 2 ? t("turn.writing.both")
                    : writing.isEmpty() ? t("turn.writing.ready")
                    : t("turn.writing.waiting", writing.getFirst().name(), you(writing.getFirst()));
            case Turn.Mirroring(List<Turn.Open> open) -> t("turn.mirroring", open.stream()
                    .map(o -> t(o.answering() ? "turn.mirroring.answer" : "turn.mirroring.restate",
                            o.by().name(), you(o.by()), o.of().name(), you(o.of())))
                    .collect(Collectors.joining(" · ")));
            case Turn.NoOptions() -> t("turn.noOptions");
            case Turn.Rating(List<Who> toRate) -> toRate.isEmpty() ? t("turn.rating.done")
                    : t("turn.rating.waiting", names(toRate), who(toRate));
            case Turn.Signing(Who signer) -> t("turn.signing", signer.name(), you(signer));
            case Turn.Agreed agreed -> t(agreed.dueForReview() ? "turn.agreed.due" : "turn.agreed",
                    Dates.day(agreed.agreedAt()), Dates.day(agreed.reviewDate()));
        };
    }

    static String of(OtherDraft other) {
        return t(other.ready() ? "turn.other.ready" : "turn.other.writing", other.name());
    }

    /** "you" or "other", for a message to choose its words. */
    private static String you(Who who) {
        return who.you() ? "you" : "other";
    }

    /** "you", "one" (someone else), "youAnd" (you and someone else) or "two" (two others). */
    private static String who(List<Who> people) {
        boolean you = people.stream().anyMatch(Who::you);
        return people.size() == 1 ? (you ? "you" : "one") : (you ? "youAnd" : "two");
    }

    /** "Alex and you", "Alex and Sam", "you": who, in their order. */
    private static String names(List<Who> people) {
        List<String> names = people.stream().map(who -> who.you() ? t("turn.you") : who.name()).toList();
        return names.size() == 2 ? t("activity.list.last", names.get(0), names.get(1)) : names.getFirst();
    }
}
