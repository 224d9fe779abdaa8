package app.commonground.checkin.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.SameMomentException;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.Refusals;
import app.commonground.base.ui.Texts;
import app.commonground.checkin.CheckinAnswers;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.CheckinStepException;
import app.commonground.checkin.CheckinViews.AgendaLine;
import app.commonground.checkin.CheckinViews.CheckinView;
import app.commonground.checkin.CheckinViews.SideView;
import app.commonground.checkin.LinkKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.commonground.base.ui.Texts.t;
import static app.commonground.checkin.ui.Blocks.note;
import static app.commonground.checkin.ui.Blocks.row;

/**
 * One check-in: who has submitted, the viewer's private answers until both have, then both sets (appreciations
 * first), the agenda, at most two issues, the week's plan and "done". Its parts are made when first shown and live
 * as long as the check-in is shown, and a push updates the page around them: what the viewer is typing stays put.
 */
class CheckinDetail extends Composite<Div> implements CheckinSteps {

    /** Something an appreciation may be about, as the viewer sees it. */
    record Link(LinkKind kind, String title) {
    }

    /** The viewer's own answers, while they write them; made when they first do. */
    AnswersForm answers;
    /** The issues and the form to raise one, once the check-in is revealed. */
    CheckinIssues issues;
    /** The week's plan, once the check-in is revealed, for a partner. */
    WeekPlan plan;

    private final CheckinService service;
    private final Runnable changed;
    private final CheckinPanel.Writing writing;
    private final Div header = new Div();
    private final Div body = new Div();
    private final Button open = Texts.text(new Button(), "checkin.open");
    private final Button showAgenda = Texts.text(new Button(), "checkin.showAgenda");
    private final Button takeBack = Texts.text(new Button(), "checkin.takeBack");
    private final Button done = Texts.text(new Button(), "checkin.done");
    /** The viewer's answers while they can't write them: submitted, or not theirs to write. */
    private final Div waiting = new Div();
    private final Div doneRow = new Div();
    private UUID spaceId;
    private UUID id;
    private boolean opened;
    private CheckinAnswers mine;
    private List<AgendaLine> agenda = List.of();
    private CheckinView current;
    private KeptWords kept;

    CheckinDetail(CheckinService service, Runnable changed, CheckinPanel.Writing writing) {
        this.service = service;
        this.changed = changed;
        this.writing = writing;
        open.setId("checkin-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> act(() -> open(id, spaceId, true)));
        showAgenda.setId("checkin-show-agenda");
        showAgenda.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showAgenda.addClickListener(click -> act(() -> open(id, spaceId, false)));
        takeBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        takeBack.addClickListener(click -> act(() -> {
            hold(service.takeBack(id));
            writing.writing(id);
        }));
        done.setId("checkin-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> act(() -> service.done(id)));
        waiting.addClassName("cg-checkin-answers");
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

    @Override
    public void hold(CheckinView answer) {
        if (answer.id().equals(id) && answer.mine() != null) {
            mine = answer.mine();
        }
    }

    /** Another check-in: its parts are made anew when shown. */
    private void reset(UUID checkinId) {
        if (checkinId.equals(id)) {
            return;
        }
        id = checkinId;
        opened = false;
        mine = null;
        agenda = List.of();
        answers = null;
        issues = null;
        plan = null;
        kept = new KeptWords(() -> current != null && (current.done() || !current.moreIssuesAllowed()), changed);
    }

    /** Shows the check-in as the viewer sees it, around what they are typing. */
    void show(UUID space, CheckinView checkin, List<String> othersWriting, Map<UUID, Link> links, String counsellor) {
        spaceId = space;
        reset(checkin.id());
        current = checkin;
        showHeader(checkin, othersWriting);
        List<Component> blocks = new ArrayList<>();
        SideView me = checkin.sides().stream().filter(SideView::you).findFirst().orElse(null);
        if (!checkin.done()) {
            blocks.add(opened ? CheckinAgenda.block(agenda, links, spaceId) : showAgenda);
        }
        if (!checkin.revealed()) {
            if (me == null || me.submitted()) {
                blocks.add(waiting(checkin, me));
            } else if (mine == null) {
                blocks.add(open);
            } else {
                if (answers == null) {
                    answers = new AnswersForm(service, id, this, writing);
                }
                blocks.add(answers.show(mine, links));
            }
        } else {
            blocks.addAll(RevealedAnswers.blocks(checkin, links, spaceId));
            if (issues == null) {
                issues = new CheckinIssues(service, id, spaceId, this, kept);
            }
            blocks.add(issues.show(checkin, counsellor));
            if (me != null) {
                if (plan == null) {
                    plan = new WeekPlan(() -> new PlanForm(service, id, this, kept));
                }
                blocks.add(plan.show(checkin));
                if (!checkin.done()) {
                    blocks.add(row(doneRow, done));
                }
            }
        }
        InPlace.children(body, blocks);
    }

    private void showHeader(CheckinView checkin, List<String> othersWriting) {
        H3 title = Texts.text(new H3(), () -> t("checkin.title", Dates.day(checkin.startedAt())));
        title.setId("checkin-title");
        List<Component> parts = new ArrayList<>(List.of(title));
        boolean partner = checkin.sides().stream().anyMatch(SideView::you);
        Paragraph state = Texts.text(new Paragraph(), () -> checkin.done()
                ? t(partner ? "checkin.state.done.partner" : "checkin.state.done")
                : checkin.revealed() ? t(partner ? "checkin.state.revealed.partner" : "checkin.state.revealed")
                : String.join(" · ", checkin.sides().stream().map(side -> sideState(side, othersWriting)).toList()));
        state.setId("checkin-state");
        state.addClassName("cg-turn");
        parts.add(state);
        InPlace.children(header, parts);
    }

    private static String sideState(SideView side, List<String> othersWriting) {
        if (side.you()) {
            return t(side.submitted() ? "checkin.state.you.submitted" : "checkin.state.you.notYet");
        }
        return t(side.submitted() ? "checkin.state.submitted"
                : othersWriting.contains(side.name()) ? "checkin.state.writing"
                : "checkin.state.notYet", side.name());
    }

    private Component waiting(CheckinView checkin, SideView me) {
        if (me == null) {
            InPlace.children(waiting, note("checkin.waiting.observer"));
        } else {
            String other = checkin.sides().stream().filter(side -> !side.you()).map(SideView::name).findFirst().orElse("");
            InPlace.children(waiting, note("checkin.waiting.submitted", other), takeBack);
        }
        return waiting;
    }

    @Override
    public void act(Runnable step) {
        Map<String, HasValidation> fields = new HashMap<>();
        if (answers != null) {
            fields.putAll(answers.fields());
        }
        if (issues != null) {
            fields.putAll(issues.fields());
        }
        if (plan != null) {
            fields.putAll(plan.fields());
        }
        FieldErrors.clear(fields);
        try {
            step.run();
            changed.run();
        } catch (InvalidInputException refused) {
            FieldErrors.showAll(refused, fields);
        } catch (CheckinStepException | SameMomentException refused) {
            Notification.show(Refusals.say(refused), 5000, Notification.Position.BOTTOM_CENTER);
            changed.run();
        }
    }

    @Override
    public void showAgain() {
        changed.run();
    }
}
