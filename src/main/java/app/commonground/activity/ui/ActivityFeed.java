package app.commonground.activity.ui;

import app.commonground.activity.ActivityEntry;
import app.commonground.activity.ActivityLog;
import app.commonground.activity.ActivityPage;
import app.commonground.base.ui.Avatars;
import app.commonground.base.ui.Dates;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Who changed what and when, newest first, a page at a time. */
public class ActivityFeed extends Composite<Div> {

    private final ActivityLog log;
    private final Clock clock;
    private final Div entries = new Div();
    private final Button older = new Button("Show older");
    private UUID spaceId;
    private int pages = 1;
    private Avatars avatars = new Avatars(List.of());

    public ActivityFeed(ActivityLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
        entries.addClassName("cg-activity-entries");
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        older.addClickListener(click -> {
            pages++;
            refresh();
        });
        getContent().addClassNames("cg-activity", "cg-panel");
        getContent().add(new H2("Activity"), entries, older);
    }

    public void show(UUID spaceId, Avatars avatars) {
        this.spaceId = spaceId;
        this.avatars = avatars;
        refresh();
    }

    public void refresh() {
        ActivityPage page = log.newest(spaceId, pages);
        entries.removeAll();
        if (page.entries().isEmpty()) {
            Paragraph quiet = new Paragraph("Nothing yet. Changes to the board show up here as they happen.");
            quiet.addClassName("cg-activity-empty");
            entries.add(quiet);
        }
        page.entries().forEach(entry -> entries.add(line(entry)));
        older.setVisible(page.hasOlder());
    }

    private Div line(ActivityEntry entry) {
        Span who = new Span(entry.actorName());
        who.addClassName("cg-activity-who");
        Span what = new Span(" " + entry.description());
        Span when = new Span(Dates.ago(entry.at(), clock.instant()));
        when.addClassName("cg-activity-when");
        Div text = new Div(who, what);
        text.addClassName("cg-activity-text");
        Div line = new Div(avatars.avatar(entry.actorId(), entry.actorName()), new Div(text, when));
        line.addClassName("cg-activity-entry");
        return line;
    }
}
