package app.commonground.negotiation.ui;

import app.commonground.base.ui.Dates;
import app.commonground.negotiation.NegotiationViews.OtherDraft;
import app.commonground.negotiation.NegotiationViews.Turn;
import app.commonground.negotiation.NegotiationViews.Who;

import java.util.List;
import java.util.stream.Collectors;

/** Whose move it is in a negotiation, in words: "you" on the viewer's own screen, a name otherwise. */
final class TurnText {

    private TurnText() {
    }

    static String of(Turn turn) {
        return switch (turn) {
            case Turn.Writing(List<Who> writing) -> writing.size() == 2
                    ? "Both of you are writing your drafts, privately"
                    : writing.isEmpty() ? "Both drafts are ready"
                    : "Waiting for " + you(writing.getFirst()) + " to finish "
                    + (writing.getFirst().you() ? "your" : "their") + " draft";
            case Turn.Mirroring(List<Turn.Open> open) -> open.stream()
                    .map(o -> o.answering()
                            ? you(o.by()) + " to answer " + possessive(o.of()) + " restatement"
                            : you(o.by()) + " to restate " + possessive(o.of()) + " core needs")
                    .collect(Collectors.joining(" · ", "Waiting for ", ""));
            case Turn.NoOptions() -> "Either of you can add options";
            case Turn.Rating(List<Who> toRate) -> toRate.isEmpty()
                    ? "Either of you can propose the top option as the outcome"
                    : "Waiting for " + toRate.stream().map(TurnText::you).collect(Collectors.joining(" and "))
                    + " to rate every option";
            case Turn.Signing(Who signer) -> "Waiting for " + you(signer) + " to sign or decline the proposed outcome";
            case Turn.Agreed agreed -> "Agreed on " + Dates.day(agreed.agreedAt()) + " · review on "
                    + Dates.day(agreed.reviewDate()) + (agreed.dueForReview() ? " · due for review" : "");
        };
    }

    static String of(OtherDraft other) {
        return other.name() + (other.ready() ? " is ready" : " is still writing");
    }

    private static String you(Who who) {
        return who.you() ? "you" : who.name();
    }

    private static String possessive(Who who) {
        return who.you() ? "your" : who.name() + "'s";
    }
}
