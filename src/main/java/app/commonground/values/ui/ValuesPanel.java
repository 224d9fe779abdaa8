package app.commonground.values.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.SameMomentException;
import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.DateFields;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.Refusals;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.board.Board;
import app.commonground.board.BoardProjection;
import app.commonground.board.ItemKind;
import app.commonground.space.SpaceMembers;
import app.commonground.space.Viewer;
import app.commonground.values.BoundaryDraft;
import app.commonground.values.BoundaryKind;
import app.commonground.values.CoreValues;
import app.commonground.values.Feeling;
import app.commonground.values.SharedValueDraft;
import app.commonground.values.Values;
import app.commonground.values.ValuesProjection;
import app.commonground.values.ValuesService;
import app.commonground.values.ValuesStepException;
import app.commonground.values.ValuesViews.BoundaryView;
import app.commonground.values.ValuesViews.Difference;
import app.commonground.values.ValuesViews.MyDraft;
import app.commonground.values.ValuesViews.MyPick;
import app.commonground.values.ValuesViews.PickSide;
import app.commonground.values.ValuesViews.SharedValueView;
import app.commonground.values.ValuesViews.ValuesPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Values and boundaries: each partner's published boundaries and their acknowledgement, the viewer's own drafts
 * and self-check (read when they open them: they are in no shared model), core values side by side once both
 * are ready, and the values the couple agreed to share. Projected from the space's live model.
 */
public class ValuesPanel extends Composite<Div> implements LiveScreen.Section {

    final Select<BoundaryKind> kind = new Select<>();
    final TextArea boundaryText = new TextArea("My boundary");
    final Checkbox boundaryShared = new Checkbox("Share with our counsellor");
    final DatePicker boundaryReview = DateFields.create("Look at it again on (optional)");
    final List<ComboBox<String>> picks = IntStream.rangeClosed(1, CoreValues.MAX_PICKS)
            .mapToObj(i -> new ComboBox<String>(i + ".")).toList();
    final Checkbox picksShared = new Checkbox("Share my list with our counsellor once revealed");
    final ComboBox<String> valueName = new ComboBox<>("Value");
    final TextArea valueMeaning = new TextArea("What it means for the two of us");
    final MultiSelectComboBox<UUID> valueGoals = new MultiSelectComboBox<>("Shows in our shared goals (optional)");
    final DatePicker valueReview = DateFields.create("Look at it again on (optional)");
    final Checkbox valueShared = new Checkbox("Share with our counsellor");

    private final ValuesService service;
    private final Clock clock;
    private final Div boundariesCard = new Div();
    private final BoundaryCards boundaryCards;
    private final Div editor = new Div();
    private final Button write = new Button("Write a boundary");
    private final Button shape = new Button("Use “If …, I will …”");
    private final Button saveDraft = new Button("Save as a draft");
    private final Button publish = new Button("Share with my partner");
    private final Button cancelEdit = new Button("Cancel");
    private final Details mine = new Details("Only you: my drafts and self-check");
    private final Div mineContent = new Div();
    private final Div valuesCard = new Div();
    private final Button choose = new Button("Choose my values");
    private final Button savePicks = new Button("Save");
    private final Button ready = new Button("I'm ready");
    private final Button takeBack = new Button("Take back “ready”");
    private final Div sharedCard = new Div();
    private final Button propose = new Button("Propose");
    private final Button cancelValue = new Button("Cancel");
    private final Div pickRow = row();
    private final Div pickButtons = row();
    private final Div editorButtons = row();
    private final Div valueButtons = row();
    private SpaceModel shown;
    private Viewer viewer;
    private boolean editing;
    private UUID editingId;
    private int editingRevision;
    private MyPick myPick;
    private UUID changingValue;
    private int changingRevision;

    public ValuesPanel(ValuesService service, LiveScreen screen, Clock clock) {
        screen.add(this);
        this.service = service;
        this.clock = clock;
        this.boundaryCards = new BoundaryCards(service, new BoundaryCards.Actions() {
            @Override
            public void run(Runnable step, Map<String, TextArea> fields) {
                act(step, Map.copyOf(fields));
            }

            @Override
            public void change(BoundaryView boundary) {
                edit(boundary.id(), boundary.revision(), boundary.kind(), boundary.text(), boundary.sharedWithCounsellor(),
                        boundary.reviewDate());
            }

            @Override
            public void talkedAbout(UUID negotiation) {
                getUI().ifPresent(ui -> ui.navigate(SpaceLinks.space(shown.spaceId()),
                        QueryParameters.of(SpaceLinks.NEGOTIATION, negotiation.toString())));
            }
        });
        kind.setLabel("What it protects");
        kind.setItems(BoundaryKind.values());
        kind.setItemLabelGenerator(ValuesText::kind);
        kind.setId("boundary-kind");
        boundaryText.setId("boundary-text");
        CharacterLimit.on(boundaryText, 500);
        boundaryText.setWidthFull();
        boundaryText.setPlaceholder("If a discussion turns into shouting, I will step out for ten minutes and come back.");
        boundaryText.setHelperText("About what you will do, not a rule for your partner");
        shape.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        shape.addClickListener(click -> {
            if (boundaryText.isEmpty()) {
                boundaryText.setValue("If …, I will …");
            }
            boundaryText.focus();
        });
        write.setId("boundary-write");
        write.addClickListener(click -> edit(null, 0, null, "", false, null));
        saveDraft.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        saveDraft.addClickListener(click -> saveBoundary(false));
        publish.setId("boundary-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> saveBoundary(true));
        cancelEdit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancelEdit.addClickListener(click -> {
            editing = false;
            refresh();
        });
        editor.addClassName("cg-values-editor");
        mine.setId("values-mine");
        mine.add(mineContent);
        mine.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                showMine();
            }
        });
        picks.forEach(field -> {
            field.setItems(CoreValues.CATALOGUE);
            field.setAllowCustomValue(true);
            field.addCustomValueSetListener(custom -> field.setValue(custom.getDetail()));
            field.setClearButtonVisible(true);
            field.setPlaceholder("Choose or write one");
        });
        IntStream.range(0, picks.size()).forEach(i -> picks.get(i).setId("values-pick-" + (i + 1)));
        choose.setId("values-choose");
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        choose.addClickListener(click -> act(() -> {
            myPick = service.myPick(shown.spaceId());
            for (int i = 0; i < picks.size(); i++) {
                picks.get(i).setValue(i < myPick.values().size() ? myPick.values().get(i) : null);
            }
            picksShared.setValue(myPick.sharedWithCounsellor());
        }, Map.of()));
        savePicks.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        savePicks.addClickListener(click -> act(() -> myPick = service.chooseValues(shown.spaceId(), chosen(),
                picksShared.getValue()), Map.of("values", picks.getFirst())));
        ready.setId("values-ready");
        ready.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ready.addClickListener(click -> act(() -> {
            service.chooseValues(shown.spaceId(), chosen(), picksShared.getValue());
            myPick = service.valuesReady(shown.spaceId(), true);
        }, Map.of("values", picks.getFirst())));
        takeBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        takeBack.addClickListener(click -> act(() -> myPick = service.valuesReady(shown.spaceId(), false), Map.of()));
        valueName.setItems(CoreValues.CATALOGUE);
        valueName.setAllowCustomValue(true);
        valueName.addCustomValueSetListener(custom -> valueName.setValue(custom.getDetail()));
        valueName.setId("value-name");
        valueMeaning.setId("value-meaning");
        CharacterLimit.on(valueMeaning, 300);
        valueMeaning.setWidthFull();
        valueGoals.setWidthFull();
        propose.setId("value-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(click -> act(() -> {
            SharedValueDraft draft = new SharedValueDraft(valueName.getValue(), valueMeaning.getValue(),
                    List.copyOf(valueGoals.getValue()), valueReview.getValue(), valueShared.getValue());
            if (changingValue == null) {
                service.proposeValue(shown.spaceId(), draft);
            } else {
                service.changeValue(changingValue, changingRevision, draft);
            }
            clearValueForm();
        }, Map.of("name", valueName, "meaning", valueMeaning, "goalIds", valueGoals, "reviewDate", valueReview)));
        cancelValue.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancelValue.addClickListener(click -> {
            clearValueForm();
            refresh();
        });
        boundariesCard.addClassNames("cg-panel", "cg-values-card");
        boundariesCard.setId("values-boundaries");
        valuesCard.addClassNames("cg-panel", "cg-values-card");
        valuesCard.setId("values-core");
        sharedCard.addClassNames("cg-panel", "cg-values-card");
        sharedCard.setId("values-shared");
        getContent().addClassName("cg-values");
        getContent().add(boundariesCard, valuesCard, sharedCard);
    }

    @Override
    public void show(SpaceModel model, UUID viewerId) {
        if (model.sameParts(shown, Values.class, SpaceMembers.class, Board.class)) {
            return;
        }
        model.get(SpaceMembers.class).viewer(viewerId).ifPresent(who -> {
            shown = model;
            viewer = who;
            refresh();
        });
    }

    @Override
    public void newDay() {
        refresh();
    }

    private void refresh() {
        if (shown == null) {
            return;
        }
        SpaceMembers members = shown.get(SpaceMembers.class);
        ValuesPage page = ValuesProjection.page(shown.get(Values.class), members, viewer,
                LocalDate.ofInstant(clock.instant(), Dates.zone()));
        showBoundaries(page);
        showValues(page);
        showShared(page, members);
    }

    private void showBoundaries(ValuesPage page) {
        boundaryCards.show(shown.spaceId(), page.boundaries(), page.viewerIsPartner());
        List<Component> parts = new ArrayList<>(List.of(new H3("Boundaries"), note(page.viewerIsPartner()
                ? "Each of us keeps our own: what I will do to look after my feelings, energy, time or things. My "
                + "partner acknowledges it by putting it in their own words; to change something about it, we talk "
                + "it through in a negotiation."
                : "Each partner's own boundaries, as they chose to share them with you, and how the other "
                + "acknowledged them.")));
        parts.add(boundaryCards);
        if (page.viewerIsPartner()) {
            if (editing) {
                InPlace.children(editorButtons, editingId == null ? List.of(saveDraft, publish, cancelEdit)
                        : List.of(publish, cancelEdit));
                publish.setText(editingId == null ? "Share with my partner" : "Save");
                InPlace.children(editor, kind, boundaryText, shape, boundaryShared, boundaryReview, editorButtons);
                parts.add(editor);
            } else {
                parts.add(write);
            }
            parts.add(mine);
        }
        InPlace.children(boundariesCard, parts);
    }

    private void edit(UUID id, int revision, BoundaryKind boundaryKind, String text, boolean shared, LocalDate review) {
        editing = true;
        editingId = id;
        editingRevision = revision;
        kind.setValue(boundaryKind);
        boundaryText.setValue(text);
        boundaryShared.setValue(shared);
        boundaryReview.setValue(review);
        refresh();
        boundaryText.focus();
    }

    private void saveBoundary(boolean share) {
        act(() -> {
            BoundaryDraft draft = new BoundaryDraft(kind.getValue(), boundaryText.getValue(), boundaryShared.getValue(),
                    boundaryReview.getValue());
            if (editingId == null) {
                service.writeBoundary(shown.spaceId(), draft, share);
            } else {
                service.changeBoundary(editingId, editingRevision, draft);
            }
            editing = false;
            if (mine.isOpened()) {
                showMine();
            }
        }, Map.of("kind", kind, "text", boundaryText, "reviewDate", boundaryReview));
    }

    /** The viewer's own drafts and self-check, read now: only they ever see them. */
    private void showMine() {
        List<Component> parts = new ArrayList<>();
        List<MyDraft> drafts = service.myDrafts(shown.spaceId());
        parts.add(new H4("My drafts"));
        if (drafts.isEmpty()) {
            parts.add(note("No drafts. “Save as a draft” keeps a boundary here until you are ready to share it."));
        }
        for (MyDraft draft : drafts) {
            Button share = new Button("Share with my partner", click -> act(() -> {
                service.publishBoundary(draft.id());
                showMine();
            }, Map.of()));
            share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button change = new Button("Change", click -> edit(draft.id(), draft.revision(), draft.kind(), draft.text(),
                    draft.sharedWithCounsellor(), draft.reviewDate()));
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button delete = new Button("Delete", click -> act(() -> {
                service.withdrawBoundary(draft.id());
                showMine();
            }, Map.of()));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div line = new Div(new Span(ValuesText.kind(draft.kind()) + ": "), new Span(draft.text()),
                    row(share, change, delete));
            line.addClassName("cg-values-draft");
            parts.add(line);
        }
        parts.add(new H4("My self-check"));
        parts.add(note("How each kind of boundary feels to you right now. Only you see this."));
        Map<BoundaryKind, Feeling> feelings = service.mySelfCheck(shown.spaceId()).feelings();
        Div grid = new Div();
        grid.addClassName("cg-values-selfcheck");
        for (BoundaryKind each : BoundaryKind.values()) {
            Select<Feeling> feeling = new Select<>();
            feeling.setLabel(ValuesText.kind(each));
            feeling.setItems(Feeling.values());
            feeling.setItemLabelGenerator(ValuesText::feeling);
            feeling.setPlaceholder("Not noted");
            feeling.setValue(feelings.get(each));
            feeling.addValueChangeListener(changed -> {
                if (changed.isFromClient() && changed.getValue() != null) {
                    act(() -> service.selfCheck(shown.spaceId(), each, changed.getValue()), Map.of());
                }
            });
            grid.add(feeling);
        }
        parts.add(grid);
        InPlace.children(mineContent, parts);
    }

    private void showValues(ValuesPage page) {
        List<Component> parts = new ArrayList<>(List.of(new H3("Core values")));
        PickSide me = page.values().sides().stream().filter(PickSide::you).findFirst().orElse(null);
        if (!page.values().revealed()) {
            parts.add(note(page.viewerIsPartner() ? "Each of us picks up to five values, in order, privately. When "
                    + "both are ready, both lists appear side by side."
                    : "Each partner picks up to five values, privately; you see a list once both are ready, if its "
                    + "author shares it with you."));
            Paragraph state = new Paragraph(String.join(" · ", page.values().sides().stream()
                    .map(side -> (side.you() ? "You" : side.name()) + (side.ready() ? (side.you() ? " are ready" : " is ready")
                            : (side.you() ? " haven't picked yet" : " is still choosing"))).toList()));
            state.setId("values-state");
            state.addClassName("cg-turn");
            parts.add(state);
            if (me != null && myPick == null) {
                parts.add(choose);
            } else if (me != null) {
                if (myPick.ready()) {
                    parts.add(note("Your values: " + String.join(", ", myPick.values()) + ". They stay private until "
                            + "your partner is ready too."));
                    parts.add(takeBack);
                } else {
                    InPlace.children(pickRow, picks);
                    InPlace.children(pickButtons, savePicks, ready);
                    parts.addAll(List.of(pickRow, picksShared, pickButtons));
                }
            }
        } else {
            Div sides = new Div();
            sides.addClassName("cg-checkin-sides");
            for (PickSide side : page.values().sides()) {
                Div column = new Div(new Span(side.you() ? "Your values" : side.name() + "'s values"));
                column.addClassName("cg-checkin-side");
                if (side.shown()) {
                    OrderedList list = new OrderedList();
                    side.values().forEach(value -> list.add(new ListItem(value)));
                    column.add(list);
                } else {
                    column.add(note("Not shared with you."));
                }
                sides.add(column);
            }
            sides.setId("values-revealed");
            parts.add(sides);
            if (!page.values().inCommon().isEmpty()) {
                Paragraph common = new Paragraph("In common: " + String.join(", ", page.values().inCommon()));
                common.addClassName("cg-values-common");
                parts.add(common);
            }
            for (Difference difference : page.values().differences()) {
                parts.add(note(difference.value() + ": " + String.join(", ", difference.ranks().stream()
                        .map(rank -> rank.name() + " " + ValuesText.rank(rank.rank())).toList())));
            }
        }
        InPlace.children(valuesCard, parts);
    }

    private void showShared(ValuesPage page, SpaceMembers members) {
        Map<UUID, String> goals = new LinkedHashMap<>();
        BoardProjection.of(shown.get(Board.class), members, viewer).columns().stream().filter(c -> c.shared())
                .flatMap(c -> c.items().stream()).filter(item -> item.kind() == ItemKind.GOAL)
                .forEach(item -> goals.put(item.id(), item.title()));
        List<Component> parts = new ArrayList<>(List.of(new H3(page.viewerIsPartner() ? "Our shared values"
                : "Their shared values"), note(page.viewerIsPartner()
                ? "Values we choose to live by together: one of us proposes, the other accepts."
                : page.shared().isEmpty() ? "None shared with you yet." : "Values they chose to live by together.")));
        for (SharedValueView value : page.shared()) {
            Div card = new Div();
            card.addClassName("cg-shared-value");
            card.getElement().setAttribute("data-value", value.name());
            Span name = new Span(value.name());
            name.addClassName("cg-responsibility-title");
            Span state = new Span(value.agreed() ? "Agreed" : "Proposed by " + value.proposedByName());
            state.addClassNames("cg-status", value.agreed() ? "cg-status-active" : "cg-status-idea");
            Div top = new Div(name, state);
            top.addClassName("cg-item-top");
            card.add(top, new Paragraph(value.meaning()));
            List<Component> links = value.goalIds().stream().filter(goals::containsKey).map(id -> {
                Anchor link = new Anchor(SpaceLinks.item(shown.spaceId(), id), goals.get(id));
                link.getElement().setAttribute("router-link", true);
                return (Component) link;
            }).toList();
            if (!links.isEmpty()) {
                Div shows = new Div(new Span("Shows in: "));
                links.forEach(shows::add);
                shows.addClassName("cg-note");
                card.add(shows);
            }
            if (value.sharingAsked()) {
                card.add(note("Shared with our counsellor once accepted"));
            }
            if (value.reviewDate() != null) {
                card.add(note((value.dueForReview() ? "Due for another look since " : "Look at it again on ")
                        + Dates.day(value.reviewDate())));
            }
            if (page.viewerIsPartner()) {
                List<Component> buttons = new ArrayList<>();
                if (value.waitingForViewer()) {
                    Button accept = new Button("Accept", click -> act(() -> service.acceptValue(value.id(), value.revision()),
                            Map.of()));
                    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    accept.addClassName("cg-value-accept");
                    buttons.add(accept);
                }
                Button change = new Button("Change", click -> {
                    changingValue = value.id();
                    changingRevision = value.revision();
                    valueName.setValue(value.name());
                    valueMeaning.setValue(value.meaning());
                    valueGoals.setValue(value.goalIds().stream().filter(goals::containsKey).toList());
                    valueReview.setValue(value.reviewDate());
                    valueShared.setValue(value.sharedWithCounsellor() || value.sharingAsked());
                    refresh();
                });
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                buttons.add(change);
                card.add(row(buttons.toArray(Component[]::new)));
            }
            parts.add(card);
        }
        if (page.viewerIsPartner()) {
            if (!Objects.equals(List.copyOf(goals.keySet()), valueGoals.getListDataView().getItems().toList())) {
                var chosen = valueGoals.getValue();
                valueGoals.setItems(List.copyOf(goals.keySet()));
                valueGoals.setValue(chosen.stream().filter(goals::containsKey).toList());
            }
            valueGoals.setItemLabelGenerator(id -> goals.getOrDefault(id, ""));
            propose.setText(changingValue == null ? "Propose" : "Propose this change");
            InPlace.children(valueButtons, changingValue == null ? List.of(propose) : List.of(propose, cancelValue));
            parts.addAll(List.of(new H4(changingValue == null ? "Propose a shared value" : "Change a shared value"),
                    valueName, valueMeaning, valueGoals, valueReview, valueShared, valueButtons));
        }
        InPlace.children(sharedCard, parts);
    }

    /**
     * After a refusal, what is being edited names the revision now on screen: the person has been told it
     * changed and sees the new version, and their own words stay in the form for the next save.
     */
    private void takeNewestRevisions() {
        Values now = shown.get(Values.class);
        if (editingId != null && now.boundaries().containsKey(editingId)) {
            editingRevision = now.boundaries().get(editingId).contentRevision();
        }
        if (changingValue != null && now.shared().containsKey(changingValue)) {
            changingRevision = now.shared().get(changingValue).contentRevision();
        }
    }

    private void clearValueForm() {
        changingValue = null;
        valueName.clear();
        valueMeaning.clear();
        valueGoals.clear();
        valueReview.clear();
        valueShared.setValue(false);
    }

    private List<String> chosen() {
        return picks.stream().map(ComboBox::getValue).filter(Objects::nonNull).toList();
    }

    private void act(Runnable action, Map<String, ? extends HasValidation> fields) {
        FieldErrors.clear(fields);
        try {
            action.run();
            refresh();
        } catch (InvalidInputException refused) {
            FieldErrors.showAll(refused, fields);
        } catch (ValuesStepException | SameMomentException refused) {
            Notification.show(Refusals.say(refused), 5000, Notification.Position.BOTTOM_CENTER);
            takeNewestRevisions();
            refresh();
        }
    }

    private static Div row(Component... parts) {
        Div row = new Div(parts);
        row.addClassName("cg-checkin-row");
        return row;
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("cg-note");
        return note;
    }
}
