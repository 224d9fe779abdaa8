package app.commonground.counselling.ui;

import app.commonground.base.GoneException;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.InAppLink;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.UUID;

/**
 * A counsellor's own notes about a couple whose access ended: theirs to read, no longer to write, and nothing
 * else of the couple's space.
 */
@Route("notes/:space")
@PageTitle("My notes · Common Ground")
@PermitAll
public class NotesKeptView extends VerticalLayout implements BeforeEnterObserver {

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
        Anchor back = InAppLink.to("", "← My spaces");
        back.addClassName("cg-back");
        H1 title = new H1("My notes about " + spaceName);
        Paragraph about = new Paragraph(mine.writable() ? "You still observe this space: write and change notes on "
                + "its Sessions tab." : "Your access to this space has ended. Your notes stay yours to read; nothing "
                + "else of the couple's space is shown.");
        about.addClassName("cg-since-who");
        Div list = new Div();
        list.setId("notes-kept");
        list.addClassNames("cg-panel", "cg-since-group");
        for (Note note : mine.notes()) {
            Div line = new Div(new H4(Dates.day(note.writtenAt())), new Paragraph(note.words()));
            line.addClassName("cg-shared-value");
            list.add(line);
        }
        add(back, title, about, list);
    }
}
