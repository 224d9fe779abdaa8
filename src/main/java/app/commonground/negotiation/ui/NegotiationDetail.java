package app.commonground.negotiation.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.SameMomentException;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.DateFields;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.Refusals;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.negotiation.MirrorStatus;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationStep;
import app.commonground.negotiation.NegotiationStepException;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NegotiationViews.MyDraft;
import app.commonground.negotiation.NegotiationViews.Option;
import app.commonground.negotiation.NegotiationViews.Outcome;
import app.commonground.negotiation.NegotiationViews.Position;
import app.commonground.negotiation.NegotiationViews.Restatement;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One negotiation, step by step. Its input fields, buttons and the cards around them live as long as the
 * negotiation is shown, and a refresh pushed by the other partner updates the page around them in place
 * ({@link InPlace}): what this person is typing, an open rating list and a button under their finger stay put.
 */
class NegotiationDetail extends Composite<Div> {

    final List<TextField> coreNeeds = IntStream.rangeClosed(1, 3)
            .mapToObj(i -> new TextField("Core need " + i)).toList();
    final TextArea flexible = new TextArea("Flexible areas, one per line");
    final TextArea restatement = new TextArea("Their core needs, in your own words");
    final TextArea correction = new TextArea("What did they miss?");
    final TextField newOption = new TextField("A possible outcome");
    final TextArea declineNote = new TextArea("What would make it work for you?");

    private final NegotiationService service;
    private final Runnable changed;
    private final Div header = new Div();
    private final Div body = new Div();
    private UUID spaceId;
    private UUID id;
    private MyDraft mine;
    private boolean draftLoaded;
    private List<UUID> proposable = List.of();
    private final Map<String, Component> kept = new HashMap<>();

    NegotiationDetail(NegotiationService service, Runnable changed) {
        this.service = service;
        this.changed = changed;
        coreNeeds.forEach(field -> {
            CharacterLimit.on(field, 200);
            field.setWidthFull();
        });
        coreNeeds.getFirst().setId("negotiation-core-1");
        flexible.setWidthFull();
        flexible.setHelperText("Timing, place, amount, method: where you can give");
        flexible.setId("negotiation-flexible");
        restatement.setId("negotiation-restatement");
        restatement.setWidthFull();
        CharacterLimit.on(restatement, 1000);
        correction.setId("negotiation-correction");
        correction.setWidthFull();
        CharacterLimit.on(correction, 1000);
        newOption.setId("negotiation-option");
        CharacterLimit.on(newOption, 300);
        newOption.setWidthFull();
        declineNote.setWidthFull();
        CharacterLimit.on(declineNote, 500);
        header.addClassName("cg-negotiation-header");
        body.addClassName("cg-negotiation-body");
        getContent().addClassName("cg-negotiation");
        getContent().add(header, body);
    }

    /**
     * Takes what the service read for the viewer on opening a negotiation, or answered to their step: the
     * viewer's own draft, which the screen holds since the model has no drafts. Opening another negotiation
     * clears what was typed for the one before.
     */
    void hold(Detail read) {
        if (!read.id().equals(id)) {
            id = read.id();
            draftLoaded = false;
            proposable = List.of();
            kept.clear();
            Stream.concat(coreNeeds.stream(), Stream.of(newOption)).forEach(TextField::clear);
            Stream.of(flexible, restatement, correction, declineNote).forEach(TextArea::clear);
        }
        if (read.myDraft() != null) {
            mine = read.myDraft();
        }
    }

    /** The viewer's own draft as this screen holds it, if any. */
    MyDraft held() {
        return mine;
    }

    /** Shows the negotiation as the viewer sees it, updating the page around what they are typing. */
    void show(UUID spaceId, Detail detail) {
        this.spaceId = spaceId;
        showHeader(detail);
        List<Component> blocks = new ArrayList<>();
        switch (detail.step()) {
            case DRAFT -> blocks.add(drafts(detail));
            case MIRROR -> {
                blocks.add(positions(detail));
                blocks.addAll(mirrors(detail));
            }
            case OPTIONS -> {
                blocks.add(positions(detail));
                blocks.add(options(detail));
                if (detail.outcome() != null) {
                    blocks.add(outcome(detail));
                }
            }
            case AGREED -> {
                blocks.add(outcome(detail));
                blocks.add(options(detail));
                blocks.add(positions(detail));
            }
        }
        InPlace.children(body, blocks);
    }

    private void showHeader(Detail detail) {
        H2 title = new H2(detail.title());
        title.setId("negotiation-title");
        Div steps = new Div();
        steps.addClassName("cg-steps");
        for (NegotiationStep step : NegotiationStep.values()) {
            Span label = new Span(step.label());
            label.addClassName("cg-step");
            if (step == detail.step()) {
                label.addClassName("cg-step-current");
            } else if (step.ordinal() < detail.step().ordinal()) {
                label.addClassName("cg-step-done");
            }
            steps.add(label);
        }
        Paragraph turn = new Paragraph(TurnText.of(detail.turn()));
        turn.setId("negotiation-turn");
        turn.addClassName("cg-turn");
        List<Component> parts = new ArrayList<>(List.of(title));
        if (detail.situation() != null) {
            parts.add(new Paragraph(detail.situation()));
        }
        parts.addAll(List.of(steps, turn));
        InPlace.children(header, parts);
    }

    private Component drafts(Detail detail) {
        Div circle = panel("draft", "cg-draft");
        if (detail.myDraft() == null) {
            InPlace.children(circle, note("Both partners are writing privately. Each draft is seen by its author "
                    + "alone until both are ready; then both appear at once."));
            return circle;
        }
        if (!draftLoaded) {
            List<String> mine = detail.myDraft().coreNeeds();
            for (int i = 0; i < coreNeeds.size(); i++) {
                coreNeeds.get(i).setValue(i < mine.size() ? mine.get(i) : "");
            }
            flexible.setValue(String.join("\n", detail.myDraft().flexible()));
            draftLoaded = true;
        }
        boolean ready = detail.myDraft().ready();
        coreNeeds.forEach(field -> field.setReadOnly(ready));
        flexible.setReadOnly(ready);
        Span other = new Span(TurnText.of(detail.otherDraft()));
        other.setId("negotiation-other-draft");
        other.addClassName("cg-other-draft");
        Div actions = keep("draft-actions", Div::new);
        actions.addClassName("cg-item-footer");
        if (!ready) {
            Button save = button("save-draft", "Save draft", false, () -> service.saveDraft(id, core(), lines(flexible.getValue())));
            Button readyButton = button("ready", "I'm ready", true, () -> {
                service.saveDraft(id, core(), lines(flexible.getValue()));
                return service.setReady(id, true);
            });
            readyButton.setId("negotiation-ready");
            InPlace.children(actions, other, save, readyButton);
        } else {
            InPlace.children(actions, other, button("take-back", "Take back “ready”", false, () -> service.setReady(id, false)));
        }
        List<Component> parts = new ArrayList<>(List.of(new H3("Your draft"), note("Only you can see this. Core needs "
                + "are the one to three things you cannot give up; flexible areas are where you can give.")));
        parts.addAll(coreNeeds);
        parts.addAll(List.of(flexible, actions));
        InPlace.children(circle, parts);
        return circle;
    }

    private Component positions(Detail detail) {
        Div positions = keep("positions", Div::new);
        positions.addClassName("cg-positions");
        List<Component> cards = new ArrayList<>();
        for (Position position : detail.positions()) {
            Div card = new Div(new H3(position.name() + "'s circles"));
            card.addClassNames("cg-panel", "cg-position");
            card.add(label("Core needs"), list(position.coreNeeds()));
            if (!position.flexible().isEmpty()) {
                card.add(label("Flexible"), list(position.flexible()));
            }
            cards.add(card);
        }
        InPlace.children(positions, cards);
        return positions;
    }

    private List<Component> mirrors(Detail detail) {
        List<Component> cards = new ArrayList<>();
        for (int index = 0; index < detail.restatements().size(); index++) {
            Restatement mirror = detail.restatements().get(index);
            Div card = panel("mirror-" + index, "cg-mirror");
            List<Component> parts = new ArrayList<>(List.of(
                    new H3(mirror.listenerName() + " restates " + mirror.speakerName() + "'s core needs")));
            if (mirror.text() != null) {
                Paragraph said = new Paragraph("“" + mirror.text() + "”");
                said.addClassName("cg-restatement");
                parts.add(said);
            }
            if (mirror.status() == MirrorStatus.CONFIRMED) {
                parts.add(note(mirror.speakerName() + ": “Yes, you got it.”"));
            } else if (mirror.status() == MirrorStatus.CORRECTED) {
                parts.add(note(mirror.speakerName() + ": “Not quite: " + mirror.correction() + "”"));
            }
            boolean toWrite = mirror.status() == MirrorStatus.WRITING || mirror.status() == MirrorStatus.CORRECTED;
            if (!mirror.viewerListens() && mirror.status() == MirrorStatus.WRITING) {
                parts.add(note("Waiting for " + mirror.listenerName() + " to put "
                        + (mirror.viewerSpeaks() ? "your" : mirror.speakerName() + "'s") + " core needs in their own words."));
            }
            if (mirror.viewerListens() && toWrite) {
                Button check = button("restate", "Check with " + mirror.speakerName(), true,
                        () -> service.restate(id, restatement.getValue()));
                check.setId("negotiation-restate");
                parts.addAll(List.of(restatement, check));
            }
            if (mirror.viewerSpeaks() && mirror.status() == MirrorStatus.WAITING) {
                Button yes = button("got-it", "Yes, you got it", true, () -> service.answerRestatement(id, true, null));
                yes.setId("negotiation-got-it");
                Button notQuite = button("not-quite", "Not quite", false,
                        () -> service.answerRestatement(id, false, correction.getValue()));
                parts.addAll(List.of(correction, row("mirror-answers", yes, notQuite)));
            }
            InPlace.children(card, parts);
            cards.add(card);
        }
        return cards;
    }

    private Component options(Detail detail) {
        Div options = panel("options", "cg-options");
        List<Component> parts = new ArrayList<>(List.of(new H3("Options"), note("Rate every option from 0 (I can't "
                + "live with this) to 10 (delighted). Your rating stays hidden until you have both rated. The best "
                + "option is the one whose lower rating is highest: it leaves neither of you unhappy.")));
        boolean choosing = detail.step() == NegotiationStep.OPTIONS && detail.viewerIsPartner();
        if (choosing) {
            Button add = button("add-option", "Add option", false, () -> service.addOption(id, newOption.getValue()));
            add.setId("negotiation-add-option");
            Div adding = row("adding", newOption, add);
            adding.addClassName("cg-add-option");
            parts.add(adding);
        }
        for (Option option : detail.options()) {
            parts.add(optionRow(option, choosing));
        }
        boolean proposalOpen = detail.outcome() != null && detail.outcome().optionText() != null;
        List<Option> rated = detail.options().stream().filter(Option::ratedByBoth).toList();
        if (choosing && !proposalOpen && !rated.isEmpty()) {
            parts.add(proposal(rated));
        }
        InPlace.children(options, parts);
        return options;
    }

    /**
     * One way to propose an outcome: the options both have rated, best-ranked first and chosen to begin
     * with, one review date and one button. A refresh keeps the person's choice and date.
     */
    private Component proposal(List<Option> rated) {
        Map<UUID, String> texts = new LinkedHashMap<>();
        rated.forEach(option -> texts.put(option.id(), option.text()));
        Select<UUID> choice = keep("proposal-choice", () -> {
            Select<UUID> select = new Select<>();
            select.setLabel("Our outcome");
            select.setId("negotiation-proposal-choice");
            select.setWidthFull();
            return select;
        });
        List<UUID> ids = List.copyOf(texts.keySet());
        if (!ids.equals(proposable)) {
            choice.setItemLabelGenerator(option -> texts.getOrDefault(option, ""));
            UUID chosen = choice.getValue();
            choice.setItems(ids);
            choice.setValue(chosen != null && ids.contains(chosen) ? chosen : ids.getFirst());
            proposable = ids;
        }
        DatePicker review = keep("review", () -> {
            DatePicker picker = DateFields.create("Review on");
            picker.setMin(LocalDate.now().plusDays(1));
            picker.setValue(LocalDate.now().plusMonths(1));
            return picker;
        });
        Button propose = button("propose", "Propose as our outcome", true, () ->
                DateFields.unreadable(review) ? null : service.proposeOutcome(id, choice.getValue(), review.getValue()));
        propose.setId("negotiation-propose");
        Div block = keep("proposal", Div::new);
        block.addClassName("cg-proposal");
        InPlace.children(block, new H3("Propose an outcome"), note("The option you both rated highest comes first: "
                + "it leaves neither of you unhappy. Choose another if you like, and when to look at it again."),
                choice, row("proposing", review, propose));
        return block;
    }

    private Component optionRow(Option option, boolean choosing) {
        Div row = keep("option-" + option.id(), Div::new);
        row.addClassName("cg-option");
        row.getElement().setAttribute("data-option", option.text());
        Span text = new Span(option.text());
        text.addClassName("cg-option-text");
        List<Component> parts = new ArrayList<>(List.of(text));
        if (option.ratedByBoth()) {
            Span scores = new Span(option.ratings().stream().map(r -> r.name() + " " + r.score())
                    .reduce((a, b) -> a + " · " + b).orElse("") + " · lower rating " + option.lowest());
            scores.addClassName("cg-option-scores");
            parts.add(scores);
        } else if (option.viewerRating() != null && choosing) {
            parts.add(note("You rated it " + option.viewerRating() + ". Waiting for your partner's rating."));
        }
        if (choosing && option.viewerRating() == null) {
            Select<Integer> score = keep("score-" + option.id(), () -> {
                Select<Integer> select = new Select<>();
                select.setItems(IntStream.rangeClosed(0, 10).boxed().toList());
                select.setPlaceholder("0–10");
                select.addClassName("cg-score");
                select.setAriaLabel("Your rating of " + option.text());
                return select;
            });
            Button rate = button("rate-" + option.id(), "Rate", false, () -> {
                if (score.getValue() == null) {
                    throw new NegotiationStepException("Choose a rating from 0 to 10 first.");
                }
                return service.rate(id, option.id(), score.getValue());
            });
            parts.add(row("rating-" + option.id(), score, rate));
        }
        InPlace.children(row, parts);
        return row;
    }

    private Component outcome(Detail detail) {
        Outcome outcome = detail.outcome();
        Div card = panel("outcome", "cg-outcome");
        card.setId("negotiation-outcome");
        List<Component> parts = new ArrayList<>();
        if (outcome.optionText() != null) {
            parts.add(new H3(outcome.agreed() ? "Agreed" : outcome.proposedByName() + " proposes"));
            Paragraph text = new Paragraph("“" + outcome.optionText() + "”");
            text.addClassName("cg-restatement");
            parts.add(text);
            parts.add(note((outcome.agreed() ? "Agreed on " + Dates.day(outcome.agreedAt()) + ". " : "")
                    + "Review on " + Dates.day(outcome.reviewDate()) + "."
                    + (outcome.dueForReview() ? " It is due for review: talk it over, and open a new negotiation if "
                    + "it needs to change." : "")));
            if (outcome.waitingForViewer()) {
                Button sign = button("sign", "Sign", true, () -> service.sign(id));
                sign.setId("negotiation-sign");
                Button decline = button("decline", "Decline", false, () -> service.decline(id, declineNote.getValue()));
                parts.addAll(List.of(declineNote, row("answers", sign, decline)));
            }
            if (outcome.agreed()) {
                parts.add(conversions(outcome, detail.viewerIsPartner()));
            }
        } else if (outcome.declineNote() != null) {
            parts.addAll(List.of(new H3("Not yet"), note(outcome.declinedByName() + " declined the last proposal: “"
                    + outcome.declineNote() + "”")));
        }
        InPlace.children(card, parts);
        return card;
    }

    /** What the agreed outcome became, with a link to it, or the buttons that make it so (each works once). */
    private Component conversions(Outcome outcome, boolean viewerIsPartner) {
        List<Component> parts = new ArrayList<>();
        if (outcome.responsibilityId() != null) {
            parts.add(made("It's on the responsibilities list.", "Show it",
                    SpaceLinks.responsibility(spaceId, outcome.responsibilityId()), "negotiation-responsibility-link"));
        } else if (viewerIsPartner) {
            Button convert = button("to-responsibility", "Make it a responsibility", false,
                    () -> service.turnIntoResponsibility(id));
            convert.setId("negotiation-to-responsibility");
            parts.add(convert);
        }
        if (outcome.sharedGoalId() != null) {
            parts.add(made("It's a shared goal on the board, in “Us”.", "Show it",
                    SpaceLinks.item(spaceId, outcome.sharedGoalId()), "negotiation-goal-link"));
        } else if (viewerIsPartner) {
            Button convert = button("to-goal", "Make it a shared goal", false, () -> service.turnIntoSharedGoal(id));
            convert.setId("negotiation-to-goal");
            parts.add(convert);
        }
        Div conversions = keep("conversions", Div::new);
        conversions.addClassName("cg-conversions");
        InPlace.children(conversions, parts);
        return conversions;
    }

    private static Component made(String said, String linkText, String href, String linkId) {
        Anchor link = new Anchor(href, linkText);
        link.getElement().setAttribute("router-link", true);
        link.setId(linkId);
        Paragraph line = new Paragraph(said + " ");
        line.addClassName("cg-note");
        line.add(link);
        return line;
    }

    private Div panel(String key, String className) {
        Div panel = keep(key, Div::new);
        panel.addClassNames("cg-panel", className);
        return panel;
    }

    /** A row of controls kept under {@code key}, so the controls in it never leave the page on a refresh. */
    private Div row(String key, Component... controls) {
        Div row = keep(key, Div::new);
        InPlace.children(row, controls);
        return row;
    }

    private List<String> core() {
        return coreNeeds.stream().map(TextField::getValue).filter(v -> !v.isBlank()).toList();
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /**
     * The button under {@code key}, made once per negotiation and kept across refreshes, so a click that
     * lands while a pushed update rebuilds the page still reaches its button.
     */
    private Button button(String key, String text, boolean primary, Supplier<?> action) {
        Button button = keep(key, () -> action(text, primary, action));
        button.setText(text);
        return button;
    }

    @SuppressWarnings("unchecked")
    private <T extends Component> T keep(String key, Supplier<T> create) {
        return (T) kept.computeIfAbsent(key, k -> create.get());
    }

    private Button action(String text, boolean primary, Supplier<?> action) {
        Button button = new Button(text, click -> {
            Map<String, HasValidation> fields = Map.of("coreNeeds", coreNeeds.getFirst(), "flexible", flexible,
                    "restatement", restatement, "correction", correction, "option", newOption, "note", declineNote);
            FieldErrors.clear(fields);
            try {
                if (action.get() instanceof Detail answer) {
                    hold(answer);
                }
                if (text.equals("Add option")) {
                    newOption.clear();
                }
                changed.run();
            } catch (InvalidInputException refused) {
                FieldErrors.showAll(refused, fields);
            } catch (NegotiationStepException | SameMomentException refused) {
                Notification.show(Refusals.say(refused), 5000, Notification.Position.BOTTOM_CENTER);
                changed.run();
            }
        });
        button.addThemeVariants(primary ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("cg-note");
        return note;
    }

    private static Span label(String text) {
        Span label = new Span(text);
        label.addClassName("cg-circle-label");
        return label;
    }

    private static UnorderedList list(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
