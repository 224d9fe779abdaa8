package app.commonground.values.ui;

import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.base.ui.Texts;
import app.commonground.values.ValuesService;
import app.commonground.values.ValuesViews.BoundaryView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.commonground.base.ui.Texts.t;
import static app.commonground.values.ui.ValuesParts.note;

/**
 * The published boundaries as cards, each with what the viewer may do with it now: restate it (the partner),
 * answer the restatement (its author), ask to talk about it, change or withdraw it (its author). A card and its
 * fields stay the same components across pushes.
 */
class BoundaryCards extends Div {

    /** What a card asks the page around it to do. */
    interface Actions {
        void change(BoundaryView boundary);

        void talkedAbout(UUID negotiation);
    }

    private final ValuesService service;
    private final Steps steps;
    private final Actions actions;
    private final Map<UUID, Card> cards = new HashMap<>();

    BoundaryCards(ValuesService service, Steps steps, Actions actions) {
        this.service = service;
        this.steps = steps;
        this.actions = actions;
        addClassName("cg-boundaries");
    }

    void show(UUID spaceId, List<BoundaryView> boundaries, boolean partner) {
        Map<UUID, Card> previous = new HashMap<>(cards);
        cards.clear();
        List<Component> shown = new ArrayList<>();
        for (BoundaryView boundary : boundaries) {
            Card card = previous.containsKey(boundary.id()) ? previous.get(boundary.id()) : new Card(boundary.id());
            cards.put(boundary.id(), card);
            card.show(spaceId, boundary, partner);
            shown.add(card.root);
        }
        if (shown.isEmpty()) {
            Paragraph none = partner ? Texts.text(new Paragraph(), "values.boundaries.none.partner")
                    : Texts.text(new Paragraph(), "values.boundaries.none.counsellor");
            none.addClassName("cg-empty");
            shown.add(none);
        }
        InPlace.children(this, shown);
    }

    private final class Card {

        final Div root = new Div();
        final Div actionsRow = new Div();
        final TextArea restatement = Texts.label(new TextArea(), "values.boundary.restatement");
        final TextArea correction = Texts.label(new TextArea(), "values.boundary.correction");
        final Button restate = new Button();
        final Button gotIt = Texts.text(new Button(), "values.boundary.gotIt");
        final Button notQuite = Texts.text(new Button(), "values.boundary.notQuite");
        final Button talk = Texts.text(new Button(), "values.boundary.talk");
        final Button change = Texts.text(new Button(), "values.boundary.change");
        final Button withdraw = Texts.text(new Button(), "values.boundary.withdraw");
        BoundaryView shown;

        Card(UUID id) {
            root.addClassNames("cg-panel", "cg-boundary");
            root.getElement().setAttribute("data-boundary", id.toString());
            actionsRow.addClassName("cg-checkin-row");
            CharacterLimit.on(restatement, 500);
            restatement.setWidthFull();
            CharacterLimit.on(correction, 500);
            correction.setWidthFull();
            restate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            restate.addClassName("cg-boundary-restate");
            restate.addClickListener(click -> steps.run(() -> {
                service.restateBoundary(id, shown.revision(), restatement.getValue());
                restatement.clear();
            }, Map.of("restatement", restatement)));
            gotIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            gotIt.addClassName("cg-boundary-got-it");
            gotIt.addClickListener(click -> steps.run(() -> service.answerRestatement(id, true, null), Map.of()));
            notQuite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            notQuite.addClickListener(click -> steps.run(() -> {
                service.answerRestatement(id, false, correction.getValue());
                correction.clear();
            }, Map.of("correction", correction)));
            talk.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            talk.addClickListener(click -> steps.run(() -> actions.talkedAbout(service.talkAbout(id,
                    ValuesText::talkTitle)), Map.of()));
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            change.addClickListener(click -> actions.change(shown));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            withdraw.addClickListener(click -> steps.run(() -> service.withdrawBoundary(id), Map.of()));
        }

        void show(UUID spaceId, BoundaryView boundary, boolean partner) {
            shown = boundary;
            Span kind = Texts.text(new Span(), () -> ValuesText.kind(boundary.kind()));
            kind.addClassNames("cg-status", "cg-status-active");
            Span whose = Texts.text(new Span(), () -> t("values.boundary.whose", boundary.authorName(),
                    boundary.mine() ? "you" : "other"));
            whose.addClassName("cg-boundary-whose");
            Div top = new Div(whose, kind);
            top.addClassName("cg-item-top");
            Paragraph text = new Paragraph(boundary.text());
            text.addClassName("cg-boundary-text");
            List<Component> parts = new ArrayList<>(List.of(top, text, note(() -> state(boundary, partner))));
            if (boundary.reviewDate() != null) {
                parts.add(ValuesParts.reviewNote(boundary.reviewDate(), boundary.dueForReview()));
            }
            List<Component> buttons = new ArrayList<>();
            if (boundary.viewerRestates()) {
                Texts.text(restate, "values.boundary.check", boundary.authorName());
                parts.add(restatement);
                buttons.add(restate);
            }
            if (boundary.viewerAnswers()) {
                parts.add(correction);
                buttons.addAll(List.of(gotIt, notQuite));
            }
            if (boundary.viewerMayTalk()) {
                buttons.add(talk);
            }
            if (boundary.mine()) {
                buttons.addAll(List.of(change, withdraw));
            }
            if (boundary.negotiationId() != null) {
                Anchor link = Texts.text(new Anchor(SpaceLinks.negotiation(spaceId, boundary.negotiationId()), ""),
                        "values.boundary.openNegotiation");
                link.getElement().setAttribute("router-link", true);
                buttons.add(link);
            }
            InPlace.children(actionsRow, buttons);
            if (!buttons.isEmpty()) {
                parts.add(actionsRow);
            }
            InPlace.children(root, parts);
        }

        /** Where the boundary's acknowledgement stands, as its author, the other partner or the counsellor reads it. */
        private static String state(BoundaryView b, boolean partner) {
            String listener = b.listenerName() == null ? t("values.boundary.theirPartner") : b.listenerName();
            if (!partner) {
                return switch (b.status()) {
                    case WRITING -> t("values.boundary.state.writing", listener);
                    case WAITING -> t("values.boundary.state.waiting", listener, b.restatement(), b.authorName());
                    case CORRECTED -> t("values.boundary.state.corrected", b.correction(), listener);
                    case CONFIRMED -> t("values.boundary.state.confirmed", listener, b.authorName());
                };
            }
            if (b.mine()) {
                return switch (b.status()) {
                    case WRITING -> t("values.boundary.state.writing", listener);
                    case WAITING -> t("values.boundary.state.waiting.mine", listener, b.restatement());
                    case CORRECTED -> t("values.boundary.state.corrected.mine", b.correction(), listener);
                    case CONFIRMED -> t("values.boundary.state.confirmed.mine", listener);
                };
            }
            return switch (b.status()) {
                case WRITING -> t("values.boundary.state.writing.yours", b.authorName());
                case WAITING -> t("values.boundary.state.waiting.yours", b.restatement(), b.authorName());
                case CORRECTED -> t("values.boundary.state.corrected.yours", b.correction());
                case CONFIRMED -> t("values.boundary.state.confirmed.yours", b.authorName());
            };
        }
    }
}
