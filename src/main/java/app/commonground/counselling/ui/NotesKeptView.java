package app.commonground.counselling.ui;

import app.commonground.base.GoneException;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.InAppLink;
import app.commonground.base.ui.Texts;
import app.commonground.counselling.CounsellingService;
import app.commonground.counselling.CounsellingViews.MyNotes;
import app.commonground.counselling.CounsellingViews.Note;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.UUID;

/**
 * A counsellor's own notes about a couple whose access ended: theirs to read, no longer to write, and nothing
 * else of the couple's space.
 */
@Route("notes/:space")
@PermitAll
public class NotesKeptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CounsellingService service;

    public NotesKeptView(CounsellingService service) {
        this.service = service;
        addClassNames("cg-page", "cg-since");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID spaceId = UUID.fromString(event.getRouteParameters().get("space").orElse(""));
            show(service.spaceName(spaceId), service.myNotes(spaceId));
        } catch (IllegalArgumentException | GoneException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(String spaceName, MyNotes mine) {
        removeAll();
        Anchor back = Texts.text(InAppLink.to(""), "counselling.notesKept.back");
        back.addClassName("cg-back");
        H1 title = Texts.text(new H1(), "counselling.notesKept.title", spaceName);
        Paragraph about = Texts.text(new Paragraph(),
                mine.writable() ? "counselling.notesKept.writable" : "counselling.notesKept.ended");
        about.addClassName("cg-since-who");
        Div list = new Div();
        list.setId("notes-kept");
        list.addClassNames("cg-panel", "cg-since-group");
        for (Note note : mine.notes()) {
            Div line = new Div(Texts.text(new H4(), () -> Dates.day(note.writtenAt())), new Paragraph(note.words()));
            line.addClassName("cg-shared-value");
            list.add(line);
        }
        add(back, title, about, list);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("counselling.notesKept.pageTitle");
    }
}
