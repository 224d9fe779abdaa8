package app.commonground.counselling.ui;

import app.commonground.activity.ActivityEntry;
import app.commonground.activity.ui.ActivityText;
import app.commonground.base.GoneException;
import app.commonground.base.live.LiveSpaces;
import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.InAppLink;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.checkin.CheckinViews.AppreciationView;
import app.commonground.checkin.CheckinViews.CheckinView;
import app.commonground.checkin.CheckinViews.Revealed;
import app.commonground.counselling.CounsellingService;
import app.commonground.counselling.CounsellingViews.SinceLastSession;
import app.commonground.negotiation.NegotiationViews.Summary;
import app.commonground.negotiation.ui.StepText;
import app.commonground.space.SpaceMembers;
import app.commonground.space.SpaceService;
import app.commonground.space.ui.AccessEnded;
import app.commonground.space.ui.SpaceRoutes;
import app.commonground.values.ValuesViews.BoundaryView;
import app.commonground.values.ValuesViews.SharedValueView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * "Since our last session": what changed in the space between the last session and today, grouped, as the viewer
 * may see it, laid out for paper too ("Print / save as PDF" uses the browser's own print). Closes at once when a
 * counsellor's access ends.
 */
@Route("spaces/:" + SpaceRoutes.SPACE_ID + "/since")
@PageTitle("Since our last session · Common Ground")
@PermitAll
public class SinceLastSessionView extends VerticalLayout implements BeforeEnterObserver, LiveScreen.Section {

    private final SpaceService spaces;
    private final CounsellingService service;
    private final LiveScreen live;
    private UUID spaceId;

    public SinceLastSessionView(SpaceService spaces, CounsellingService service, LiveSpaces liveSpaces, Clock clock) {
        this.spaces = spaces;
        this.service = service;
        this.live = new LiveScreen(this, liveSpaces, clock);
        live.add(this);
        addClassNames("cg-page", "cg-since");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SpaceRoutes.open(event, spaces).ifPresent(details -> {
            spaceId = details.id();
            try {
                show(service.sinceLastSession(spaceId));
                live.follow(spaceId, details.viewerId());
            } catch (GoneException gone) {
                event.rerouteToError(NotFoundException.class);
            }
        });
    }

    /** Only watches whether the viewer may still see the space: a counsellor whose access ended sees nothing. */
    @Override
    public void show(SpaceModel model, UUID viewerId) {
        if (model.get(SpaceMembers.class).viewer(viewerId).isEmpty()) {
            live.stop();
            AccessEnded.replace(this);
        }
    }

    private void show(SinceLastSession since) {
        removeAll();
        Anchor back = InAppLink.to(SpaceLinks.space(spaceId), "← Back to " + since.spaceName());
        back.addClassNames("cg-back", "cg-print-hide");
        Button print = new Button("Print / save as PDF", VaadinIcon.PRINT.create());
        print.setId("since-print");
        print.addClassName("cg-print-hide");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClickListener(click -> getElement().executeJs("window.print()"));
        H1 title = new H1("Since our last session");
        Paragraph who = new Paragraph(String.join(" & ", since.partnerNames()) + " · from " + Dates.day(since.from())
                + " to " + Dates.day(since.to()) + (since.viewerIsCounsellor() ? " · prepared for " + since.viewerName()
                : ""));
        who.setId("since-header");
        who.addClassName("cg-since-who");
        add(back, title, who, print);
        add(group("Goals and hobbies", since.goals(), entry -> SpaceLinks.item(spaceId, entry.what().subjectId())));
        add(group("Responsibilities", since.duties(), entry -> SpaceLinks.responsibility(spaceId, entry.what().subjectId())));
        Div negotiations = group("Negotiations", since.negotiations(),
                entry -> SpaceLinks.negotiation(spaceId, entry.what().subjectId()));
        for (Summary due : since.due()) {
            negotiations.add(line("The agreement in “" + due.title() + "” is due for review",
                    SpaceLinks.negotiation(spaceId, due.id())));
        }
        for (Summary waiting : since.waitingLong()) {
            negotiations.add(line("“" + waiting.title() + "” has been at “" + StepText.of(waiting.step()) + "” since "
                    + Dates.day(waiting.stepSince()), SpaceLinks.negotiation(spaceId, waiting.id())));
        }
        add(negotiations);
        add(checkins(since));
        add(boundariesAndValues(since));
    }

    private Div group(String heading, List<ActivityEntry> entries, Function<ActivityEntry, String> link) {
        Div group = section(heading);
        if (entries.isEmpty()) {
            group.add(quiet("Nothing new here."));
        }
        for (ActivityEntry entry : entries) {
            group.add(line(Dates.day(entry.at()) + " · " + entry.actorName() + " " + ActivityText.sentence(entry),
                    entry.what().subjectId() == null ? null : link.apply(entry)));
        }
        return group;
    }

    private Div checkins(SinceLastSession since) {
        Div group = section("Check-ins");
        if (since.checkins().isEmpty()) {
            group.add(quiet("No check-in was revealed since."));
        }
        for (CheckinView checkin : since.checkins()) {
            group.add(new H3("Check-in of " + Dates.day(checkin.startedAt())));
            for (Revealed answers : checkin.answers()) {
                List<String> said = new ArrayList<>();
                answers.appreciations().stream().map(AppreciationView::text).forEach(text -> said.add("Appreciated: " + text));
                if (answers.connection() != null) {
                    said.add("Felt connected " + answers.connection() + "/10, showed up " + answers.showedUp() + "/10");
                }
                addIf(said, "New: ", answers.newInfo());
                addIf(said, "Puzzled or worried: ", answers.puzzled());
                addIf(said, "Felt heavy: ", answers.heavy());
                addIf(said, "Wish: ", answers.wish());
                Div side = new Div(new Span(answers.name()));
                side.addClassName("cg-checkin-side");
                if (said.isEmpty()) {
                    side.add(quiet(since.viewerIsCounsellor() ? "Nothing shared with you." : "No answers."));
                }
                UnorderedList list = new UnorderedList();
                said.forEach(text -> list.add(new ListItem(text)));
                side.add(list);
                group.add(side);
            }
            checkin.issues().forEach(issue -> group.add(quiet("Issue raised: " + issue.title())));
        }
        return group;
    }

    private Div boundariesAndValues(SinceLastSession since) {
        Div group = section("Boundaries and shared values");
        if (since.boundaries().isEmpty() && since.values().isEmpty()) {
            group.add(quiet(since.viewerIsCounsellor() ? "None shared with you." : "None yet."));
        }
        for (BoundaryView boundary : since.boundaries()) {
            group.add(line((boundary.publishedAt().isBefore(since.start()) ? "" : "New: ") + boundary.authorName()
                    + "'s boundary: “" + boundary.text() + "”", null));
        }
        for (SharedValueView value : since.values()) {
            group.add(line("Shared value " + value.name() + ": " + value.meaning(), null));
        }
        return group;
    }

    private static void addIf(List<String> said, String label, String answer) {
        if (answer != null) {
            said.add(label + answer);
        }
    }

    private static Div section(String heading) {
        Div section = new Div(new H2(heading));
        section.addClassNames("cg-panel", "cg-since-group");
        return section;
    }

    private static Component line(String text, String href) {
        Paragraph line = new Paragraph(text + " ");
        line.addClassName("cg-since-line");
        if (href != null) {
            Anchor link = InAppLink.to(href, "Show");
            link.addClassName("cg-print-hide");
            line.add(link);
        }
        return line;
    }

    private static Paragraph quiet(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("cg-note");
        return note;
    }
}
