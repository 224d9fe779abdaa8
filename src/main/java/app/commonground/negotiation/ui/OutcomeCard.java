package app.commonground.negotiation.ui;

import app.commonground.base.ui.Dates;
import app.commonground.base.ui.ShareButton;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NegotiationViews.Outcome;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static app.commonground.base.ui.Pieces.note;

import static app.commonground.base.ui.Texts.t;

/**
 * The outcome: a proposal for the other partner to sign or decline, the agreement with its review date and what
 * it became (a responsibility, a shared goal), or the note of the last proposal declined.
 */
final class OutcomeCard extends StepPart {

    final TextArea declineNote = wide(new TextArea(t("negotiation.outcome.declineNote")), 500);

    OutcomeCard(StepClicks clicks) {
        super(clicks);
        clicks.fields(Map.of("note", declineNote));
    }

    Component show(UUID spaceId, Detail detail) {
        Outcome outcome = detail.outcome();
        UUID id = detail.id();
        Div card = panel("outcome", "cg-outcome");
        card.setId("negotiation-outcome");
        List<Component> parts = new ArrayList<>();
        if (outcome.optionText() != null) {
            parts.add(new H3(outcome.agreed() ? t("negotiation.outcome.agreed")
                    : t("negotiation.outcome.proposes", outcome.proposedByName())));
            Paragraph text = new Paragraph("“" + outcome.optionText() + "”");
            text.addClassName("cg-restatement");
            parts.add(text);
            String review = t(outcome.dueForReview() ? "negotiation.outcome.reviewDue" : "negotiation.outcome.review",
                    Dates.day(outcome.reviewDate()));
            parts.add(note(outcome.agreed()
                    ? t("negotiation.outcome.agreedOn", Dates.day(outcome.agreedAt()), review) : review));
            if (outcome.waitingForViewer()) {
                Button sign = button("sign", t("negotiation.outcome.sign"), true, service -> service.sign(id));
                sign.setId("negotiation-sign");
                Button decline = button("decline", t("negotiation.outcome.decline"), false,
                        service -> service.decline(id, declineNote.getValue()));
                parts.addAll(List.of(declineNote, row("answers", sign, decline)));
            }
            if (outcome.agreed()) {
                parts.add(conversions(spaceId, id, outcome, detail.viewerIsPartner()));
                if (detail.viewerIsPartner()) {
                    parts.add(ShareButton.of(detail.title(), t("negotiation.outcome.shareText", outcome.optionText(),
                            detail.title(), Dates.day(outcome.agreedAt()))));
                }
            }
        } else if (outcome.declineNote() != null) {
            parts.addAll(List.of(new H3(t("negotiation.outcome.notYet")),
                    note(t("negotiation.outcome.declined", outcome.declinedByName(), outcome.declineNote()))));
        }
        InPlace.children(card, parts);
        return card;
    }

    /** What the agreed outcome became, with a link to it, or the buttons that make it so (each works once). */
    private Component conversions(UUID spaceId, UUID id, Outcome outcome, boolean viewerIsPartner) {
        List<Component> parts = new ArrayList<>();
        if (outcome.responsibilityId() != null) {
            parts.add(made("responsibility", t("negotiation.outcome.madeResponsibility"),
                    SpaceLinks.responsibility(spaceId, outcome.responsibilityId())));
        } else if (viewerIsPartner) {
            parts.add(offer("responsibility", t("negotiation.outcome.makeResponsibility"),
                    service -> service.turnIntoResponsibility(id)));
        }
        if (outcome.sharedGoalId() != null) {
            parts.add(made("goal", t("negotiation.outcome.madeGoal"),
                    SpaceLinks.item(spaceId, outcome.sharedGoalId())));
        } else if (viewerIsPartner) {
            parts.add(offer("goal", t("negotiation.outcome.makeGoal"), service -> service.turnIntoSharedGoal(id)));
        }
        Div conversions = keep("conversions", Div::new);
        conversions.addClassName("cg-conversions");
        InPlace.children(conversions, parts);
        return conversions;
    }

    /** The button that turns the agreed outcome into a {@code what}. */
    private Button offer(String what, String text, Function<NegotiationService, ?> step) {
        Button convert = button("to-" + what, text, false, step);
        convert.setId("negotiation-to-" + what);
        return convert;
    }

    /** Says what the agreed outcome became, with a link to the {@code what} it became. */
    private static Component made(String what, String said, String href) {
        Anchor link = new Anchor(href, t("negotiation.outcome.showIt"));
        link.getElement().setAttribute("router-link", true);
        link.setId("negotiation-" + what + "-link");
        Paragraph line = note(said + " ");
        line.add(link);
        return line;
    }

    @Override
    void forget() {
        super.forget();
        declineNote.clear();
    }
}
