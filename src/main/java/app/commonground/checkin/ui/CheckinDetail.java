package app.commonground.checkin.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.SameMomentException;
import app.commonground.base.Text;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.Refusals;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.checkin.AppreciationDraft;
import app.commonground.checkin.CheckinAnswers;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.CheckinStepException;
import app.commonground.checkin.CheckinViews.AgendaLine;
import app.commonground.checkin.CheckinViews.AppreciationView;
import app.commonground.checkin.CheckinViews.CheckinView;
import app.commonground.checkin.CheckinViews.IssueView;
import app.commonground.checkin.CheckinViews.Revealed;
import app.commonground.checkin.CheckinViews.SideView;
import app.commonground.checkin.LinkKind;
import app.commonground.checkin.NewIssue;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.QueryParameters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One check-in: who has submitted, the viewer's private answers until both have, then both sets (appreciations
 * first), the agenda, at most two issues, the week's plan and "done". Its fields live as long as the check-in is
 * shown, and a push updates the page around them: what the viewer is typing stays put.
 */
class CheckinDetail extends Composite<Div> {

    /** Something an appreciation may be about, as the viewer sees it. */
    record Link(LinkKind kind, String title) {
    }

    private static final int MAX_APPRECIATIONS = 5;

    final Select<Integer> connection = score("How connected did I feel this week?");
    final Select<Integer> showedUp = score("How did I show up as a partner?");
    final Checkbox ratingsShared = shareBox("my ratings");
    final List<AppreciationRow> appreciations = IntStream.range(0, MAX_APPRECIATIONS)
            .mapToObj(AppreciationRow::new).toList();
    final TextArea newInfo = area("New information", "Something my partner may not know yet");
    final Checkbox newInfoShared = shareBox(quoted(newInfo));
    final TextArea puzzled = area("Something that puzzled or worried me", null);
    final Checkbox puzzledShared = shareBox(quoted(puzzled));
    final TextArea heavy = area("One thing that felt heavy", null);
    final Checkbox heavyShared = shareBox(quoted(heavy));
    final TextArea wish = area("One wish for the coming week", null);
    final Checkbox wishShared = shareBox(quoted(wish));
    final TextField issueTitle = new TextField("An issue to talk about");
    final TextArea issueWords = area("In your words (optional)", "Becomes your first core need if you take it into a negotiation");
    final TextField together = new TextField("One good time together");
    final Checkbox togetherOnBoard = new Checkbox("Add it to the board, in “Us”");
    final TextField own = new TextField("My own time, for a hobby or goal");
    final Checkbox ownOnBoard = new Checkbox("Add it to my side of the board");

    private final CheckinService service;
    private final Runnable changed;
    private final CheckinPanel.Writing writing;
    private final Div header = new Div();
    private final Div body = new Div();
    private final Button open = new Button("Fill in my answers");
    private final Button showAgenda = new Button("What happened since last time");
    private final Button addAppreciation = new Button("Add another appreciation");
    private final Button save = new Button("Save");
    private final Button submit = new Button("Submit my check-in");
    private final Button takeBack = new Button("Take back to change");
    private final Button raise = new Button("Raise it");
    private final Button raiseHeavy = new Button("Raise what felt heavy");
    private final Button notRaisedToNegotiation = new Button("Start a negotiation with it");
    private final Button letGo = letGo("checkin-let-go", issueTitle, issueWords);
    private final Button letPlanGo = letGo("checkin-plan-let-go", together, own);
    private final Button saveTogether = new Button("Save");
    private final Button saveOwn = new Button("Save");
    private final Button done = new Button("We're done for this week");
    private final Map<UUID, Button> toNegotiation = new HashMap<>();
    /** The containers around fields, made once per check-in, so a push never moves a field someone types in. */
    private final Map<String, Div> kept = new HashMap<>();
    private List<Integer> sentRows = List.of();
    private UUID spaceId;
    private UUID id;
    private boolean opened;
    private boolean formLoaded;
    private CheckinAnswers mine;
    private List<AgendaLine> agenda = List.of();
    private CheckinView current;
    private int rows = 1;
    private String seenTogether;
    private String titleHelp;
    /** The field of the issue form or the plan the viewer is in now: what they type there may not be here yet. */
    private Component inField;

    CheckinDetail(CheckinService service, Runnable changed, CheckinPanel.Writing writing) {
        this.service = service;
        this.changed = changed;
        this.writing = writing;
        connection.setId("checkin-connection");
        showedUp.setId("checkin-showed-up");
        wish.setId("checkin-wish");
        heavy.setId("checkin-heavy");
        CharacterLimit.on(issueTitle, 120);
        issueTitle.setWidthFull();
        issueTitle.setId("checkin-issue-title");
        CharacterLimit.on(issueWords, 200);
        CharacterLimit.on(together, 120);
        together.setWidthFull();
        together.setId("checkin-together");
        CharacterLimit.on(own, 120);
        own.setWidthFull();
        own.setId("checkin-own");
        open.setId("checkin-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> act(() -> open(id, spaceId, true)));
        showAgenda.setId("checkin-show-agenda");
        showAgenda.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showAgenda.addClickListener(click -> act(() -> open(id, spaceId, false)));
        addAppreciation.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addAppreciation.addClickListener(click -> {
            rows = Math.min(MAX_APPRECIATIONS, rows + 1);
            changed.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.setId("checkin-save");
        save.addClickListener(click -> act(() -> hold(service.saveAnswers(id, answers()))));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("checkin-submit");
        submit.addClickListener(click -> act(() -> {
            hold(service.saveAnswers(id, answers()));
            hold(service.submit(id));
            writing.stopped();
        }));
        takeBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        takeBack.addClickListener(click -> act(() -> {
            hold(service.takeBack(id));
            writing.writing(id);
        }));
        raise.setId("checkin-raise");
        raise.addClickListener(click -> act(() -> {
            service.raiseIssue(id, new NewIssue(issueTitle.getValue(), issueWords.getValue()));
            issueTitle.clear();
            issueWords.clear();
        }));
        for (TextFieldBase<?, String> field : List.<TextFieldBase<?, String>>of(issueTitle, issueWords, together, own)) {
            field.addFocusListener(focus -> inField = field);
            field.addBlurListener(blur -> {
                inField = null;
                if (current != null && (current.done() || !current.moreIssuesAllowed())) {
                    changed.run();
                }
            });
        }
        notRaisedToNegotiation.setId("checkin-not-raised-to-negotiation");
        notRaisedToNegotiation.addClickListener(click -> act(() -> {
            UUID negotiation = service.notRaisedToNegotiation(id, new NewIssue(issueTitle.getValue(), issueWords.getValue()));
            issueTitle.clear();
            issueWords.clear();
            toNegotiation(negotiation);
        }));
        raiseHeavy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        raiseHeavy.addClickListener(click -> current.answers().stream().filter(Revealed::you)
                .map(Revealed::heavy).filter(Objects::nonNull).findFirst().ifPresent(words -> {
                    issueWords.setValue(words.length() > 200 ? words.substring(0, 199) + "…" : words);
                    issueTitle.focus();
                }));
        saveTogether.setId("checkin-save-together");
        saveTogether.addClickListener(click -> act(() -> seenTogether =
                service.planTogether(id, seenTogether, together.getValue(), togetherOnBoard.getValue()).togetherPlan()));
        saveOwn.setId("checkin-save-own");
        saveOwn.addClickListener(click -> act(() -> service.planOwn(id, own.getValue(), ownOnBoard.getValue())));
        done.setId("checkin-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> act(() -> service.done(id)));
        header.addClassName("cg-checkin-header");
        body.addClassName("cg-checkin-body");
        getContent().addClassNames("cg-panel", "cg-checkin");
        getContent().add(header, body);
    }

    /**
     * Opens a check-in for the viewer: their own answers so far (private, so read here, not from the model) and
     * the agenda, which looks back at what happened before.
     */
    void open(UUID checkinId, UUID space, boolean fillIn) {
        CheckinView read = service.page(space).current();
        if (read == null || !read.id().equals(checkinId)) {
            return;
        }
        reset(checkinId);
        spaceId = space;
        mine = read.mine();
        agenda = service.agenda(checkinId);
        opened = true;
        if (fillIn && mine != null && read.sides().stream().anyMatch(side -> side.you() && !side.submitted())) {
            writing.writing(checkinId);
        }
    }

    /** The viewer's own answers as this screen holds them, for the check-in shown. */
    CheckinAnswers held() {
        return mine;
    }

    private void hold(CheckinView answer) {
        if (answer.id().equals(id) && answer.mine() != null) {
            mine = answer.mine();
        }
    }

    private void reset(UUID checkinId) {
        if (checkinId.equals(id)) {
            return;
        }
        id = checkinId;
        opened = false;
        formLoaded = false;
        mine = null;
        agenda = List.of();
        rows = 1;
        toNegotiation.clear();
        kept.clear();
        seenTogether = null;
        inField = null;
        List.of(newInfo, puzzled, heavy, wish, issueWords).forEach(TextArea::clear);
        List.of(issueTitle, together, own).forEach(TextField::clear);
        appreciations.forEach(AppreciationRow::clear);
        List.of(ratingsShared, newInfoShared, puzzledShared, heavyShared, wishShared, togetherOnBoard, ownOnBoard)
                .forEach(box -> box.setValue(false));
        connection.clear();
        showedUp.clear();
    }

    /** Shows the check-in as the viewer sees it, around what they are typing. */
    void show(UUID space, CheckinView checkin, List<String> othersWriting, Map<UUID, Link> links, String counsellor) {
        spaceId = space;
        reset(checkin.id());
        String whoSeesTheTitle = (counsellor == null ? "A counsellor you invite would see the title"
                : counsellor + " sees the title") + "; your words below are for the two of you.";
        if (!whoSeesTheTitle.equals(titleHelp)) {
            titleHelp = whoSeesTheTitle;
            issueTitle.setHelperText(whoSeesTheTitle);
        }
        current = checkin;
        showHeader(checkin, othersWriting);
        List<Component> blocks = new ArrayList<>();
        SideView me = checkin.sides().stream().filter(SideView::you).findFirst().orElse(null);
        if (!checkin.done()) {
            blocks.add(opened ? agenda(links) : showAgenda);
        }
        if (!checkin.revealed()) {
            boolean toFillIn = me != null && !me.submitted() && mine == null;
            if (toFillIn) {
                blocks.add(open);
            } else {
                blocks.add(answering(checkin, me, links));
            }
        } else {
            blocks.addAll(revealed(checkin, links));
        }
        InPlace.children(body, blocks);
    }

    private void showHeader(CheckinView checkin, List<String> othersWriting) {
        H3 title = new H3("Check-in of " + Dates.day(checkin.startedAt()));
        title.setId("checkin-title");
        List<Component> parts = new ArrayList<>(List.of(title));
        boolean partner = checkin.sides().stream().anyMatch(SideView::you);
        Paragraph state = new Paragraph(checkin.done() ? (partner ? "Done. Start the next one whenever you like." : "Done.")
                : checkin.revealed() ? (partner ? "Both of you have submitted: here is what you each wrote, appreciations first."
                : "Both have submitted: here is what each of them shared with you, appreciations first.")
                : String.join(" · ", checkin.sides().stream().map(side -> sideState(side, othersWriting)).toList()));
        state.setId("checkin-state");
        state.addClassName("cg-turn");
        parts.add(state);
        InPlace.children(header, parts);
    }

    private static String sideState(SideView side, List<String> othersWriting) {
        if (side.you()) {
            return side.submitted() ? "You have submitted" : "You haven't submitted yet";
        }
        return side.submitted() ? side.name() + " has submitted"
                : othersWriting.contains(side.name()) ? side.name() + " is writing…"
                : side.name() + " hasn't submitted yet";
    }

    private Component agenda(Map<UUID, Link> links) {
        if (agenda.isEmpty()) {
            Div block = new Div(new H4("On the agenda"), note("Nothing new since the last check-in: talk about what is "
                    + "on your minds."));
            block.addClassName("cg-checkin-agenda");
            return block;
        }
        UnorderedList lines = new UnorderedList();
        for (AgendaLine line : agenda) {
            ListItem item = new ListItem();
            item.add(new Span(AgendaText.of(line) + " "));
            String href = switch (line.kind()) {
                case GOAL_ACHIEVED -> links.containsKey(line.subjectId()) ? SpaceLinks.item(spaceId, line.subjectId()) : null;
                case RESPONSIBILITY_AGREED, RESPONSIBILITY_CHANGED, RESPONSIBILITY_HANDED_OVER ->
                        links.containsKey(line.subjectId()) ? SpaceLinks.responsibility(spaceId, line.subjectId()) : null;
                case OUTCOME_DUE_FOR_REVIEW -> SpaceLinks.negotiation(spaceId, line.subjectId());
                case BOUNDARY_DUE_FOR_REVIEW, VALUE_DUE_FOR_REVIEW, LAST_WISH -> null;
            };
            if (href != null) {
                item.add(link(href, "Show"));
            }
            lines.add(item);
        }
        Div block = new Div(new H4("On the agenda"), lines);
        block.addClassName("cg-checkin-agenda");
        block.setId("checkin-agenda");
        return block;
    }

    private Component answering(CheckinView checkin, SideView me, Map<UUID, Link> links) {
        Div block = keep("answers");
        block.addClassName("cg-checkin-answers");
        if (me == null) {
            InPlace.children(block, note("Each partner answers privately. Once both have submitted, you will see what "
                    + "each of them chose to share with you."));
            return block;
        }
        if (me.submitted()) {
            String other = checkin.sides().stream().filter(side -> !side.you()).map(SideView::name).findFirst().orElse("");
            InPlace.children(block, note("You have submitted. Your answers stay private until " + other
                    + " submits too; then you both see both."), takeBack);
            return block;
        }
        if (mine == null) {
            return block;
        }
        if (!formLoaded) {
            load(mine);
            formLoaded = true;
        }
        List<Component> parts = new ArrayList<>(List.of(new H4("My answers"), note("Only you see these until you "
                + "have both submitted. Tick “share with our counsellor” for an answer your counsellor may see.")));
        parts.add(row("ratings", connection, showedUp));
        parts.add(ratingsShared);
        parts.add(new H4("I appreciated…"));
        for (int i = 0; i < rows; i++) {
            parts.add(appreciations.get(i).row(links));
        }
        if (rows < MAX_APPRECIATIONS) {
            parts.add(addAppreciation);
        }
        parts.addAll(List.of(newInfo, newInfoShared, puzzled, puzzledShared, heavy, heavyShared, wish, wishShared,
                row("answer-buttons", save, submit)));
        InPlace.children(block, parts);
        return block;
    }

    private void load(CheckinAnswers answers) {
        connection.setValue(answers.connection());
        showedUp.setValue(answers.showedUp());
        ratingsShared.setValue(answers.ratingsShared());
        rows = Math.max(1, answers.appreciations().size());
        for (int i = 0; i < answers.appreciations().size(); i++) {
            appreciations.get(i).load(answers.appreciations().get(i));
        }
        newInfo.setValue(orEmpty(answers.newInfo()));
        newInfoShared.setValue(answers.newInfoShared());
        puzzled.setValue(orEmpty(answers.puzzled()));
        puzzledShared.setValue(answers.puzzledShared());
        heavy.setValue(orEmpty(answers.heavy()));
        heavyShared.setValue(answers.heavyShared());
        wish.setValue(orEmpty(answers.wish()));
        wishShared.setValue(answers.wishShared());
    }

    private CheckinAnswers answers() {
        sentRows = IntStream.range(0, rows).filter(i -> Text.orNull(appreciations.get(i).text.getValue()) != null)
                .boxed().toList();
        List<AppreciationDraft> given = sentRows.stream().map(i -> appreciations.get(i).draft()).toList();
        return new CheckinAnswers(connection.getValue(), showedUp.getValue(), ratingsShared.getValue(), given,
                newInfo.getValue(), newInfoShared.getValue(), puzzled.getValue(), puzzledShared.getValue(),
                heavy.getValue(), heavyShared.getValue(), wish.getValue(), wishShared.getValue());
    }

    private List<Component> revealed(CheckinView checkin, Map<UUID, Link> links) {
        List<Component> blocks = new ArrayList<>();
        Div appreciated = new Div(new H4("Appreciations"));
        appreciated.addClassName("cg-checkin-appreciations");
        appreciated.setId("checkin-appreciations");
        Div sides = new Div();
        sides.addClassName("cg-checkin-sides");
        for (Revealed answers : checkin.answers()) {
            Div side = new Div(new Span(answers.you() ? "You appreciated" : answers.name() + " appreciated"));
            side.addClassName("cg-checkin-side");
            UnorderedList list = new UnorderedList();
            for (AppreciationView appreciation : answers.appreciations()) {
                ListItem item = new ListItem(new Span(appreciation.text()));
                Link about = appreciation.linkId() == null ? null : links.get(appreciation.linkId());
                if (about != null) {
                    item.add(new Span(" · "), link(about.kind() == LinkKind.ITEM
                            ? SpaceLinks.item(spaceId, appreciation.linkId())
                            : SpaceLinks.responsibility(spaceId, appreciation.linkId()), about.title()));
                }
                list.add(item);
            }
            side.add(answers.appreciations().isEmpty() ? note("Nothing shared with you here.") : list);
            sides.add(side);
        }
        appreciated.add(sides);
        blocks.add(appreciated);
        blocks.add(topic("How we are", checkin, answers -> answers.connection() == null ? null
                : "Felt connected " + answers.connection() + "/10 · showed up " + answers.showedUp() + "/10"));
        blocks.add(topic("New information", checkin, Revealed::newInfo));
        blocks.add(topic("Puzzled or worried", checkin, Revealed::puzzled));
        blocks.add(topic("Felt heavy", checkin, Revealed::heavy));
        blocks.add(topic("A wish for the coming week", checkin, Revealed::wish));
        blocks.add(issues(checkin));
        boolean partner = checkin.sides().stream().anyMatch(SideView::you);
        if (partner) {
            blocks.add(plan(checkin));
            if (!checkin.done()) {
                blocks.add(row("done", done));
            }
        }
        return blocks;
    }

    private static Component topic(String label, CheckinView checkin, Function<Revealed, String> answer) {
        Div sides = new Div();
        sides.addClassName("cg-checkin-sides");
        for (Revealed answers : checkin.answers()) {
            String said = answer.apply(answers);
            if (said != null) {
                Div side = new Div(new Span(answers.you() ? "You" : answers.name()), new Paragraph(said));
                side.addClassName("cg-checkin-side");
                sides.add(side);
            }
        }
        Div block = new Div(new H4(label), sides);
        block.addClassName("cg-checkin-topic");
        block.setVisible(sides.getComponentCount() > 0);
        return block;
    }

    private Component issues(CheckinView checkin) {
        Div block = keep("issues");
        block.addClassName("cg-checkin-issues");
        block.setId("checkin-issues");
        List<Component> parts = new ArrayList<>(List.of(new H4("Issues (two at most)")));
        for (IssueView issue : checkin.issues()) {
            Div line = new Div(new Span(issue.title()), new Span(" · raised by " + (issue.raisedByViewer() ? "you" : issue.raisedByName())));
            line.addClassName("cg-checkin-issue");
            line.getElement().setAttribute("data-issue", issue.title());
            if (issue.words() != null) {
                line.add(new Paragraph(issue.words()));
            }
            if (issue.negotiationId() != null) {
                line.add(link(SpaceLinks.negotiation(spaceId, issue.negotiationId()), "Open its negotiation"));
            } else if (issue.raisedByViewer() && !checkin.done()) {
                Button send = toNegotiation.computeIfAbsent(issue.id(), key -> {
                    Button button = new Button("Talk it through in a negotiation");
                    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    button.addClickListener(click -> act(() -> toNegotiation(service.toNegotiation(id, key))));
                    return button;
                });
                line.add(send);
            }
            parts.add(line);
        }
        boolean partner = checkin.sides().stream().anyMatch(SideView::you);
        if (checkin.issues().isEmpty()) {
            parts.add(note(checkin.moreIssuesAllowed() ? "Raise up to two things to talk about: from what felt heavy, "
                    + "or anything else. A big one can go into a negotiation instead of being argued here."
                    : partner || checkin.done() ? "No issues this time." : "No issues raised so far."));
        }
        if (checkin.moreIssuesAllowed()) {
            boolean feltHeavy = checkin.answers().stream().anyMatch(answers -> answers.you() && answers.heavy() != null);
            parts.addAll(List.of(issueTitle, issueWords, feltHeavy ? row("raising", raise, raiseHeavy) : row("raising", raise)));
        } else if (partner && (inField == issueTitle || inField == issueWords
                || !(issueTitle.isEmpty() && issueWords.isEmpty()))) {
            Paragraph why = note(checkin.done() ? "This check-in is done, so no more issues can be raised in it. "
                    + "Your words are still here: start a negotiation with them, or let them go."
                    : "This check-in has its two issues now, so yours can't be raised here. Your words are still "
                    + "here: start a negotiation with them, or let them go.");
            why.setId("checkin-not-raised");
            parts.addAll(List.of(why, issueTitle, issueWords, row("not-raised", notRaisedToNegotiation, letGo)));
        }
        InPlace.children(block, parts);
        return block;
    }

    private void toNegotiation(UUID negotiation) {
        getUI().ifPresent(ui -> ui.navigate(SpaceLinks.space(spaceId),
                QueryParameters.of(SpaceLinks.NEGOTIATION, negotiation.toString())));
    }

    private Component plan(CheckinView checkin) {
        Div block = keep("plan");
        block.addClassName("cg-checkin-plan");
        List<Component> parts = new ArrayList<>(List.of(new H4("Plan the week")));
        if (checkin.done()) {
            parts.add(note(checkin.togetherPlan() == null ? "No time together planned." : "Together: " + checkin.togetherPlan()));
            parts.addAll(unsavedPlan(checkin));
        } else {
            if (together.isEmpty() && checkin.togetherPlan() != null) {
                together.setValue(checkin.togetherPlan());
                seenTogether = checkin.togetherPlan();
            }
            if (checkin.togetherPlan() != null) {
                parts.add(note("Planned together: " + checkin.togetherPlan()));
            }
            parts.addAll(List.of(together, row("together", togetherOnBoard, saveTogether)));
        }
        for (Revealed answers : checkin.answers()) {
            if (answers.you() && !checkin.done()) {
                if (own.isEmpty() && answers.ownPlan() != null) {
                    own.setValue(answers.ownPlan());
                }
                parts.addAll(List.of(own, row("own", ownOnBoard, saveOwn)));
            } else if (answers.ownPlan() != null) {
                parts.add(note((answers.you() ? "Your" : answers.name() + "'s") + " own time: " + answers.ownPlan()));
            }
        }
        InPlace.children(block, parts);
        return block;
    }

    /**
     * What the viewer was writing into the plan when the check-in was done (by the other partner, say): it can't
     * be saved any more, but it stays, to copy, until they let it go.
     */
    private List<Component> unsavedPlan(CheckinView checkin) {
        String myPlan = checkin.answers().stream().filter(Revealed::you).map(Revealed::ownPlan)
                .filter(Objects::nonNull).findFirst().orElse(null);
        List<Component> unsaved = new ArrayList<>();
        if (inField == together || unsaved(together, checkin.togetherPlan())) {
            unsaved.add(together);
        }
        if (inField == own || unsaved(own, myPlan)) {
            unsaved.add(own);
        }
        if (unsaved.isEmpty()) {
            return List.of();
        }
        Paragraph why = note("This check-in is done, so its plan can't change any more. What you wrote is still "
                + "here to copy until you let it go.");
        why.setId("checkin-plan-not-saved");
        unsaved.addFirst(why);
        unsaved.add(row("plan-let-go", letPlanGo));
        return unsaved;
    }

    private static boolean unsaved(TextField field, String saved) {
        return !field.getValue().isBlank() && !field.getValue().strip().equals(saved);
    }

    private Div keep(String key) {
        return kept.computeIfAbsent(key, k -> new Div());
    }

    /** A row of controls kept under {@code key}, so the controls in it never leave the page on a push. */
    private Div row(String key, Component... controls) {
        Div row = keep("row-" + key);
        row.addClassName("cg-checkin-row");
        InPlace.children(row, controls);
        return row;
    }

    private void act(Runnable action) {
        Map<String, HasValidation> fields = new HashMap<>(Map.<String, HasValidation>of("connection", connection,
                "showedUp", showedUp, "newInfo", newInfo, "puzzled", puzzled, "heavy", heavy, "wish", wish,
                "title", issueTitle, "words", issueWords, "plan", together, "ownPlan", own));
        for (int sent = 0; sent < sentRows.size(); sent++) {
            AppreciationRow row = appreciations.get(sentRows.get(sent));
            fields.put("appreciations[" + sent + "].text", row.text);
            fields.put("appreciations[" + sent + "].linkId", row.about);
        }
        FieldErrors.clear(fields);
        try {
            action.run();
            changed.run();
        } catch (InvalidInputException refused) {
            FieldErrors.showAll(refused, fields);
        } catch (CheckinStepException | SameMomentException refused) {
            Notification.show(Refusals.say(refused), 5000, Notification.Position.BOTTOM_CENTER);
            changed.run();
        }
    }

    /** One "I appreciated…" line of the form: the words, what it is about, and whether the counsellor may see it. */
    final class AppreciationRow {

        final TextField text = new TextField();
        final Select<UUID> about = new Select<>();
        final Checkbox shared;
        private final Div row = new Div();
        private Map<UUID, Link> offered = Map.of();

        AppreciationRow(int index) {
            shared = shareBox("appreciation " + (index + 1));
            text.setAriaLabel("I appreciated");
            text.setPlaceholder(index == 0 ? "I appreciated how you…" : "And…");
            CharacterLimit.on(text, 500);
            text.setWidthFull();
            text.setId("checkin-appreciation-" + index);
            about.setPlaceholder("About (optional)");
            about.setAriaLabel("What it is about");
            about.setEmptySelectionAllowed(true);
            about.setEmptySelectionCaption("Nothing in particular");
            row.addClassName("cg-checkin-appreciation");
        }

        Div row(Map<UUID, Link> links) {
            if (!links.equals(offered)) {
                UUID chosen = about.getValue();
                offered = Map.copyOf(links);
                about.setItemLabelGenerator(id -> id == null || !links.containsKey(id) ? "Nothing in particular"
                        : links.get(id).title());
                about.setItems(List.copyOf(links.keySet()));
                about.setValue(chosen != null && links.containsKey(chosen) ? chosen : null);
            }
            InPlace.children(row, text, about, shared);
            return row;
        }

        void load(AppreciationDraft draft) {
            text.setValue(draft.text());
            about.setValue(draft.linkId());
            shared.setValue(draft.shared());
        }

        void clear() {
            text.clear();
            about.clear();
            shared.setValue(false);
        }

        AppreciationDraft draft() {
            UUID link = about.getValue();
            return new AppreciationDraft(text.getValue(), link == null ? null : offered.get(link).kind(), link,
                    shared.getValue());
        }
    }

    private static Select<Integer> score(String label) {
        Select<Integer> select = new Select<>();
        select.setLabel(label);
        select.setItems(IntStream.rangeClosed(1, 10).boxed().toList());
        select.setPlaceholder("1–10");
        return select;
    }

    private static TextArea area(String label, String helper) {
        TextArea area = new TextArea(label);
        CharacterLimit.on(area, 1000);
        area.setWidthFull();
        if (helper != null) {
            area.setHelperText(helper);
        }
        return area;
    }

    /** "Let it go": empties words that can no longer be saved, and the form they were kept in goes. */
    private Button letGo(String id, HasValue<?, ?>... fields) {
        Button button = new Button("Let it go", click -> {
            List.of(fields).forEach(HasValue::clear);
            changed.run();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** "Share with our counsellor", named for a screen reader by the answer it shares. */
    private static Checkbox shareBox(String answer) {
        Checkbox box = new Checkbox("Share with our counsellor");
        box.setAriaLabel("Share " + answer + " with our counsellor");
        return box;
    }

    private static String quoted(TextArea answer) {
        return "“" + answer.getLabel() + "”";
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("cg-note");
        return note;
    }

    private static Anchor link(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
