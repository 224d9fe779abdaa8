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

/**
 * The next session (see {@link NextSessionCard}: live, from the space's model), the sessions with the couple's
 * counsellor, a link to "since our last session", and, for the counsellor, the day of a session to record and their
 * own private notes. The sessions held and the notes are read when the section is shown and after the person's own
 * steps: they are in no shared model, and a counsellor's notes reach nobody else.
 */
public class CounsellingPanel extends Composite<Div> implements LiveScreen.Section {

    final DatePicker heldOn = DateFields.create("counselling.heldOn");
    final TextArea noteWords = new TextArea("A note only you will see");
    final Select<UUID> noteSession = new Select<>();

    private final CounsellingService service;
    private final NextSessionCard nextSession;
    private boolean counsellor;
    private final Div sessionsCard = new Div();
    private final Div notesCard = new Div();
    private final Button record = new Button("Record the session");
    private final Button saveNote = new Button("Save note");
    private final Button cancelNote = new Button("Cancel");
    private final Div recordRow = new Div();
    private final Div noteButtons = new Div();
    private UUID spaceId;
    private Note changing;

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
        noteSession.setLabel("About");
        noteSession.setEmptySelectionAllowed(true);
        noteSession.setEmptySelectionCaption("The couple in general");
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
        List<Component> parts = new ArrayList<>(List.of(new H3(counsellor ? "Sessions" : "Sessions with your counsellor")));
        Anchor since = InAppLink.to(SpaceLinks.since(spaceId));
        since.setText(counsellor ? "Since our last session: prepare the next one" : "Since our last session");
        since.setId("since-link");
        parts.add(since);
        if (sessions.isEmpty()) {
            parts.add(note(counsellor ? "No session recorded yet." : "No session recorded yet. Your counsellor records "
                    + "the days you meet; you see them here."));
        } else {
            UnorderedList list = new UnorderedList();
            sessions.forEach(session -> list.add(new ListItem(Dates.day(session.heldOn()) + " · "
                    + (session.mine() ? "you" : session.counsellorName()))));
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
        List<Session> own = sessions.stream().filter(Session::mine).toList();
        noteSession.setItems(own.stream().map(Session::id).toList());
        noteSession.setItemLabelGenerator(id -> id == null ? "The couple in general" : own.stream()
                .filter(s -> s.id().equals(id)).findFirst().map(s -> "The session of " + Dates.day(s.heldOn()))
                .orElse(""));
        List<Component> parts = new ArrayList<>(List.of(new H3("My notes"), note("Only you ever see these: not the "
                + "couple, not another counsellor. They stay yours if the couple end your access.")));
        if (mine.writable()) {
            InPlace.children(noteButtons, changing == null ? List.of(saveNote) : List.of(saveNote, cancelNote));
            parts.add(noteWords);
            if (changing == null) {
                parts.add(noteSession);
            }
            parts.add(noteButtons);
        }
        for (Note note : mine.notes()) {
            Div line = new Div(new H4(Dates.day(note.writtenAt()) + (note.sessionId() == null ? ""
                    : " · about the session of " + own.stream().filter(s -> s.id().equals(note.sessionId()))
                    .findFirst().map(s -> Dates.day(s.heldOn())).orElse("…"))), new Paragraph(note.words()));
            line.addClassName("cg-shared-value");
            if (mine.writable()) {
                Button change = new Button("Change", click -> {
                    changing = note;
                    noteWords.setValue(note.words());
                    refresh();
                });
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                line.add(change);
            }
            parts.add(line);
        }
        InPlace.children(notesCard, parts);
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
            Notification.show("Your access to this space has ended, so nothing was saved.", 5000,
                    Notification.Position.BOTTOM_CENTER);
        } catch (CounsellingStepException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.BOTTOM_CENTER);
            if (changing != null) {
                UUID id = changing.id();
                changing = service.myNotes(spaceId).notes().stream().filter(n -> n.id().equals(id)).findFirst()
                        .orElse(null);
            }
        }
    }
}
