package app.commonground.negotiation.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.Dates;
import app.commonground.negotiation.MirrorStatus;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationStep;
import app.commonground.negotiation.NegotiationStepException;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NegotiationViews.Option;
import app.commonground.negotiation.NegotiationViews.Outcome;
import app.commonground.negotiation.NegotiationViews.Position;
import app.commonground.negotiation.NegotiationViews.Restatement;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One negotiation, step by step. Its input fields live as long as the view, so a refresh pushed by the
 * other partner never wipes what this person is typing.
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
    private UUID id;
    private boolean draftLoaded;
    private Focusable<?> focused;
    private final Map<String, Component> kept = new HashMap<>();

    NegotiationDetail(NegotiationService service, Runnable changed) {
        this.service = service;
        this.changed = changed;
        coreNeeds.forEach(field -> {
            field.setMaxLength(200);
            field.setWidthFull();
        });
        coreNeeds.getFirst().setId("negotiation-core-1");
        flexible.setWidthFull();
        flexible.setHelperText("Timing, place, amount, method: where you can give");
        restatement.setId("negotiation-restatement");
        restatement.setWidthFull();
        restatement.setMaxLength(1000);
        correction.setWidthFull();
        correction.setMaxLength(1000);
        newOption.setId("negotiation-option");
        newOption.setMaxLength(300);
        newOption.setWidthFull();
        declineNote.setWidthFull();
        declineNote.setMaxLength(500);
        Stream.<Focusable<?>>concat(coreNeeds.stream(), Stream.of(flexible, restatement, correction, newOption, declineNote))
                .forEach(this::rememberFocus);
        header.addClassName("cg-negotiation-header");
        body.addClassName("cg-negotiation-body");
        getContent().addClassName("cg-negotiation");
        getContent().add(header, body);
    }

    void show(UUID negotiationId) {
        if (!negotiationId.equals(id)) {
            id = negotiationId;
            draftLoaded = false;
            kept.clear();
            Stream.concat(coreNeeds.stream(), Stream.of(newOption)).forEach(TextField::clear);
            Stream.of(flexible, restatement, correction, declineNote).forEach(TextArea::clear);
        }
        refresh();
    }

    void refresh() {
        Detail detail = service.negotiation(id);
        showHeader(detail);
        body.removeAll();
        switch (detail.step()) {
            case DRAFT -> showDrafts(detail);
            case MIRROR -> {
                body.add(positions(detail));
                showMirrors(detail);
            }
            case OPTIONS -> {
                body.add(positions(detail));
                showOptions(detail);
            }
            case AGREED -> {
                body.add(outcome(detail));
                showOptions(detail);
                body.add(positions(detail));
            }
        }
        if (focused instanceof Component field && field.isAttached()) {
            focused.focus();
        }
    }

    /** Puts the cursor back in the field the person was typing in, after a pushed update rebuilt the page. */
    private void rememberFocus(Focusable<?> field) {
        if (field instanceof TextField text) {
            text.addFocusListener(event -> focused = text);
            text.addBlurListener(event -> focused = focused == text ? null : focused);
        } else if (field instanceof TextArea area) {
            area.addFocusListener(event -> focused = area);
            area.addBlurListener(event -> focused = focused == area ? null : focused);
        }
    }

    private void showHeader(Detail detail) {
        header.removeAll();
        H2 title = new H2(detail.title());
        title.setId("negotiation-title");
        header.add(title);
        if (detail.situation() != null) {
            header.add(new Paragraph(detail.situation()));
        }
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
        Paragraph turn = new Paragraph(detail.turn());
        turn.setId("negotiation-turn");
        turn.addClassName("cg-turn");
        header.add(steps, turn);
    }

    private void showDrafts(Detail detail) {
        if (detail.myDraft() == null) {
            body.add(note("Both partners are writing privately. Each draft is seen by its author alone until both "
                    + "are ready; then both appear at once."));
            return;
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
        Div circle = new Div(new H3("Your draft"), note("Only you can see this. Core needs are the one to three things "
                + "you cannot give up; flexible areas are where you can give."));
        circle.addClassNames("cg-panel", "cg-draft");
        coreNeeds.forEach(circle::add);
        circle.add(flexible);
        Span other = new Span(detail.otherDraftState());
        other.setId("negotiation-other-draft");
        other.addClassName("cg-other-draft");
        Div actions = new Div(other);
        actions.addClassName("cg-item-footer");
        if (!ready) {
            Button save = button("save-draft", "Save draft", false, () -> service.saveDraft(id, core(), lines(flexible.getValue())));
            Button readyButton = button("ready", "I'm ready", true, () -> {
                service.saveDraft(id, core(), lines(flexible.getValue()));
                return service.setReady(id, true);
            });
            readyButton.setId("negotiation-ready");
            actions.add(save, readyButton);
        } else {
            actions.add(button("take-back", "Take back “ready”", false, () -> service.setReady(id, false)));
        }
        circle.add(actions);
        body.add(circle);
    }

    private Component positions(Detail detail) {
        Div positions = new Div();
        positions.addClassName("cg-positions");
        for (Position position : detail.positions()) {
            Div card = new Div(new H3(position.name() + "'s circles"));
            card.addClassNames("cg-panel", "cg-position");
            card.add(label("Core needs"), list(position.coreNeeds()));
            if (!position.flexible().isEmpty()) {
                card.add(label("Flexible"), list(position.flexible()));
            }
            positions.add(card);
        }
        return positions;
    }

    private void showMirrors(Detail detail) {
        for (Restatement mirror : detail.restatements()) {
            Div card = new Div(new H3(mirror.listenerName() + " restates " + mirror.speakerName() + "'s core needs"));
            card.addClassNames("cg-panel", "cg-mirror");
            if (mirror.text() != null) {
                Paragraph said = new Paragraph("“" + mirror.text() + "”");
                said.addClassName("cg-restatement");
                card.add(said);
            }
            if (mirror.status() == MirrorStatus.CONFIRMED) {
                card.add(note(mirror.speakerName() + ": “Yes, you got it.”"));
            } else if (mirror.status() == MirrorStatus.CORRECTED) {
                card.add(note(mirror.speakerName() + ": “Not quite: " + mirror.correction() + "”"));
            }
            boolean toWrite = mirror.status() == MirrorStatus.WRITING || mirror.status() == MirrorStatus.CORRECTED;
            if (!mirror.viewerListens() && mirror.status() == MirrorStatus.WRITING) {
                card.add(note("Waiting for " + mirror.listenerName() + " to put "
                        + (mirror.viewerSpeaks() ? "your" : mirror.speakerName() + "'s") + " core needs in their own words."));
            }
            if (mirror.viewerListens() && toWrite) {
                Button check = button("restate", "Check with " + mirror.speakerName(), true,
                        () -> service.restate(id, restatement.getValue()));
                check.setId("negotiation-restate");
                card.add(restatement, check);
            }
            if (mirror.viewerSpeaks() && mirror.status() == MirrorStatus.WAITING) {
                Button yes = button("got-it", "Yes, you got it", true, () -> service.answerRestatement(id, true, null));
                yes.setId("negotiation-got-it");
                Button notQuite = button("not-quite", "Not quite", false,
                        () -> service.answerRestatement(id, false, correction.getValue()));
                card.add(correction, new Div(yes, notQuite));
            }
            body.add(card);
        }
    }

    private void showOptions(Detail detail) {
        Div options = new Div(new H3("Options"), note("Rate every option from 0 (I can't live with this) to 10 "
                + "(delighted). Your rating stays hidden until you have both rated. The best option is the one whose "
                + "lower rating is highest: it leaves neither of you unhappy."));
        options.addClassNames("cg-panel", "cg-options");
        boolean choosing = detail.step() == NegotiationStep.OPTIONS && detail.viewerIsPartner();
        if (choosing) {
            Button add = button("add-option", "Add option", false, () -> service.addOption(id, newOption.getValue()));
            add.setId("negotiation-add-option");
            Div adding = new Div(newOption, add);
            adding.addClassName("cg-add-option");
            options.add(adding);
        }
        boolean proposalOpen = detail.outcome() != null && detail.outcome().optionText() != null;
        for (Option option : detail.options()) {
            options.add(optionRow(option, choosing, proposalOpen));
        }
        body.add(options);
        if (detail.step() == NegotiationStep.OPTIONS && detail.outcome() != null) {
            body.add(outcome(detail));
        }
    }

    private Component optionRow(Option option, boolean choosing, boolean proposalOpen) {
        Span text = new Span(option.text());
        text.addClassName("cg-option-text");
        Div row = new Div(text);
        row.addClassName("cg-option");
        row.getElement().setAttribute("data-option", option.text());
        if (option.ratedByBoth()) {
            Span scores = new Span(option.ratings().stream().map(r -> r.name() + " " + r.score())
                    .reduce((a, b) -> a + " · " + b).orElse("") + " · lower rating " + option.lowest());
            scores.addClassName("cg-option-scores");
            row.add(scores);
        } else if (option.viewerRating() != null && choosing) {
            row.add(note("You rated it " + option.viewerRating() + ". Waiting for your partner's rating."));
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
            row.add(new Div(score, rate));
        }
        if (choosing && option.ratedByBoth() && !proposalOpen) {
            DatePicker review = keep("review-" + option.id(), () -> {
                DatePicker picker = new DatePicker("Review on");
                picker.setLocale(Locale.UK);
                picker.setMin(LocalDate.now().plusDays(1));
                picker.setValue(LocalDate.now().plusMonths(1));
                return picker;
            });
            Button propose = button("propose-" + option.id(), "Propose as our outcome", true,
                    () -> service.proposeOutcome(id, option.id(), review.getValue()));
            row.add(new Div(review, propose));
        }
        return row;
    }

    private Component outcome(Detail detail) {
        Outcome outcome = detail.outcome();
        Div card = new Div();
        card.addClassNames("cg-panel", "cg-outcome");
        card.setId("negotiation-outcome");
        if (outcome.optionText() != null) {
            card.add(new H3(outcome.agreed() ? "Agreed" : outcome.proposedByName() + " proposes"));
            Paragraph text = new Paragraph("“" + outcome.optionText() + "”");
            text.addClassName("cg-restatement");
            card.add(text, note((outcome.agreed() ? "Agreed on " + Dates.day(outcome.agreedAt()) + ". " : "")
                    + "Review on " + Dates.day(outcome.reviewDate()) + "."
                    + (outcome.dueForReview() ? " It is due for review: talk it over, and open a new negotiation if "
                    + "it needs to change." : "")));
            if (outcome.waitingForViewer()) {
                Button sign = button("sign", "Sign", true, () -> service.sign(id));
                sign.setId("negotiation-sign");
                Button decline = button("decline", "Decline", false, () -> service.decline(id, declineNote.getValue()));
                card.add(declineNote, new Div(sign, decline));
            }
            if (outcome.agreed() && detail.viewerIsPartner()) {
                card.add(new Div(
                        button("to-responsibility", "Make it a responsibility", false, () -> told(service.turnIntoResponsibility(id),
                                "It's on the responsibilities list as your proposal: adjust it, then your partner accepts.")),
                        button("to-goal", "Make it a shared goal", false, () -> told(service.turnIntoSharedGoal(id),
                                "It's on the board in “Us”."))));
            }
        } else if (outcome.declineNote() != null) {
            card.add(new H3("Not yet"), note(outcome.declinedByName() + " declined the last proposal: “"
                    + outcome.declineNote() + "”"));
        }
        return card;
    }

    private static Object told(Object result, String message) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_CENTER);
        return result;
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
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                action.get();
                if (text.equals("Add option")) {
                    newOption.clear();
                }
                changed.run();
            } catch (InvalidInputException refused) {
                refused.problems().forEach((field, message) -> {
                    HasValidation target = fields.get(field);
                    if (target != null) {
                        target.setErrorMessage(message);
                        target.setInvalid(true);
                    } else {
                        Notification.show(message, 5000, Notification.Position.BOTTOM_CENTER);
                    }
                });
            } catch (NegotiationStepException refused) {
                Notification.show(refused.getMessage(), 5000, Notification.Position.BOTTOM_CENTER);
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
