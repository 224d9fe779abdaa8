package app.commonground.counselling.ui;

import app.commonground.base.GoneException;
import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.DateFields;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.InAppLink;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.Refusals;
import app.commonground.base.ui.Texts;
import app.commonground.base.live.SpaceModel;
import app.commonground.counselling.NextSessionService;
import app.commonground.counselling.CounsellingService;
import app.commonground.counselling.CounsellingStepException;
import app.commonground.counselling.CounsellingViews.MyNotes;
import app.commonground.counselling.CounsellingViews.Note;
import app.commonground.counselling.CounsellingViews.Session;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.commonground.base.ui.Pieces.note;
import static app.commonground.base.ui.Texts.t;

/**
 * The next session (see {@link NextSessionCard}: live, from the space's model), the sessions with the couple's
 * counsellor, a link to "since our last session", and, for the counsellor, the day of a session to record and their
 * own private notes. The sessions held and the notes are read when the section is shown and after the person's own
 * steps: they are in no shared model, and a counsellor's notes reach nobody else.
 */
public class CounsellingPanel extends Composite<Div> implements LiveScreen.Section {

    final DatePicker heldOn = DateFields.create("counselling.heldOn");
    final TextArea noteWords = Texts.label(new TextArea(), "counselling.notes.words");
    final Select<UUID> noteSession = new Select<>();

    private final CounsellingService service;
    private final NextSessionCard nextSession;
    private boolean counsellor;
    private final Div sessionsCard = new Div();
    private final Div notesCard = new Div();
    private final Button record = Texts.text(new Button(), "counselling.sessions.record");
    private final Button saveNote = Texts.text(new Button(), "counselling.notes.save");
    private final Button cancelNote = Texts.text(new Button(), "counselling.notes.cancel");
    private final Div recordRow = new Div();
    private final Div noteButtons = new Div();
    private UUID spaceId;
    private Note changing;
    /** The counsellor's own sessions with the couple, as the notes' "About" choice names them. */
    private List<Session> own = List.of();

    public CounsellingPanel(CounsellingService service, NextSessionService nextSessions, LiveScreen screen,
                            Clock clock) {
        screen.add(this);
        this.service = service;
        this.nextSession = new NextSessionCard(nextSessions, screen, clock, this::refresh);
        heldOn.setValue(LocalDate.now());
        heldOn.setId("session-held-on");
        record.setId("session-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(click -> act(() -> service.recordSession(spaceId, heldOn.getValue()),
                Map.of("heldOn", heldOn)));
        noteWords.setId("note-words");
        CharacterLimit.on(noteWords, 4000);
        noteWords.setWidthFull();
        Texts.label(noteSession, "counselling.notes.about");
        noteSession.setEmptySelectionAllowed(true);
        Texts.bind(noteSession, "emptyCaption", () -> t("counselling.notes.general"),
                noteSession::setEmptySelectionCaption);
        Texts.bind(noteSession, "items", () -> "", unused -> noteSession.setItemLabelGenerator(this::aboutLabel));
        saveNote.setId("note-save");
        saveNote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveNote.addClickListener(click -> act(() -> {
            if (changing == null) {
                service.writeNote(spaceId, noteSession.getValue(), noteWords.getValue());
            } else {
                service.changeNote(changing.id(), changing.version(), noteWords.getValue());
            }
            changing = null;
            noteWords.clear();
        }, Map.of("words", noteWords, "sessionId", noteSession)));
        cancelNote.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancelNote.addClickListener(click -> {
            changing = null;
            noteWords.clear();
            refresh();
        });
        recordRow.addClassName("cg-checkin-row");
        noteButtons.addClassName("cg-checkin-row");
        sessionsCard.addClassNames("cg-panel", "cg-values-card");
        sessionsCard.setId("sessions");
        notesCard.addClassNames("cg-panel", "cg-values-card");
        notesCard.setId("counsellor-notes");
        getContent().addClassName("cg-values");
        getContent().add(nextSession, sessionsCard, notesCard);
    }

    @Override
    public void show(SpaceModel model, UUID viewerId) {
        nextSession.show(model, viewerId);
    }

    /** Shows the sessions of this space, and, to its counsellor, their own notes. */
    public void follow(UUID spaceId, boolean counsellor) {
        this.spaceId = spaceId;
        this.counsellor = counsellor;
        notesCard.setVisible(counsellor);
        if (isAttached()) {
            refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        refresh();
    }

    private void refresh() {
        if (spaceId == null) {
            return;
        }
        List<Session> sessions = service.sessions(spaceId);
        List<Component> parts = new ArrayList<>(List.of(Texts.text(new H3(),
                counsellor ? "counselling.sessions.title.counsellor" : "counselling.sessions.title.partner")));
        Anchor since = Texts.text(InAppLink.to(SpaceLinks.since(spaceId)),
                counsellor ? "counselling.sessions.since.counsellor" : "counselling.sessions.since");
        since.setId("since-link");
        parts.add(since);
        if (sessions.isEmpty()) {
            parts.add(Texts.text(note(""),
                    counsellor ? "counselling.sessions.none.counsellor" : "counselling.sessions.none.partner"));
        } else {
            UnorderedList list = new UnorderedList();
            sessions.forEach(session -> list.add(Texts.text(new ListItem(), () -> t("counselling.sessions.item",
                    Dates.day(session.heldOn()), session.mine() ? "you" : "other", session.counsellorName()))));
            list.setId("session-list");
            parts.add(list);
        }
        if (counsellor) {
            InPlace.children(recordRow, heldOn, record);
            parts.add(recordRow);
        }
        InPlace.children(sessionsCard, parts);
        if (counsellor) {
            showNotes(sessions);
        }
    }

    private void showNotes(List<Session> sessions) {
        MyNotes mine = service.myNotes(spaceId);
        own = sessions.stream().filter(Session::mine).toList();
        noteSession.setItems(own.stream().map(Session::id).toList());
        List<Component> parts = new ArrayList<>(List.of(Texts.text(new H3(), "counselling.notes.title"),
                Texts.text(note(""), "counselling.notes.private")));
        if (mine.writable()) {
            InPlace.children(noteButtons, changing == null ? List.of(saveNote) : List.of(saveNote, cancelNote));
            parts.add(noteWords);
            if (changing == null) {
                parts.add(noteSession);
            }
            parts.add(noteButtons);
        }
        for (Note note : mine.notes()) {
            H4 when = Texts.text(new H4(), () -> note.sessionId() == null ? Dates.day(note.writtenAt())
                    : t("counselling.notes.aboutSession", Dates.day(note.writtenAt()), own.stream()
                    .filter(s -> s.id().equals(note.sessionId())).findFirst().map(s -> Dates.day(s.heldOn()))
                    .orElse("…")));
            Div line = new Div(when, new Paragraph(note.words()));
            line.addClassName("cg-shared-value");
            if (mine.writable()) {
                Button change = Texts.text(new Button("", click -> {
                    changing = note;
                    noteWords.setValue(note.words());
                    refresh();
                }), "counselling.notes.change");
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                line.add(change);
            }
            parts.add(line);
        }
        InPlace.children(notesCard, parts);
    }

    /** What the notes' "About" choice says: the couple in general, or one of the counsellor's sessions. */
    private String aboutLabel(UUID sessionId) {
        return sessionId == null ? t("counselling.notes.general") : own.stream().filter(s -> s.id().equals(sessionId))
                .findFirst().map(s -> t("counselling.notes.session", Dates.day(s.heldOn()))).orElse("");
    }

    private void act(Runnable action, Map<String, ? extends HasValidation> fields) {
        FieldErrors.clear(fields);
        try {
            action.run();
            refresh();
        } catch (InvalidInputException refused) {
            FieldErrors.showAll(refused, fields);
        } catch (GoneException ended) {
            // The page is about to say so as a whole: this only tells what became of the step.
            Notification.show(t("counselling.accessEnded.notSaved"), 5000, Notification.Position.BOTTOM_CENTER);
        } catch (CounsellingStepException refused) {
            Notification.show(Refusals.say(refused), 5000, Notification.Position.BOTTOM_CENTER);
            if (changing != null) {
                UUID id = changing.id();
                changing = service.myNotes(spaceId).notes().stream().filter(n -> n.id().equals(id)).findFirst()
                        .orElse(null);
            }
        }
    }
}
