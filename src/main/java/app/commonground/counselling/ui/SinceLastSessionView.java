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
import app.commonground.base.ui.Texts;
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
import com.vaadin.flow.component.Text;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import static app.commonground.base.ui.Texts.t;

/**
 * "Since our last session": what changed in the space between the last session and today, grouped, as the viewer
 * may see it, laid out for paper too ("Print / save as PDF" uses the browser's own print). Closes at once when a
 * counsellor's access ends.
 */
@Route("spaces/:" + SpaceRoutes.SPACE_ID + "/since")
@PermitAll
public class SinceLastSessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        LiveScreen.Section {

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

    @Override
    public String getPageTitle() {
        return t("counselling.since.pageTitle");
    }

    private void show(SinceLastSession since) {
        removeAll();
        Anchor back = Texts.text(InAppLink.to(SpaceLinks.space(spaceId)), "counselling.since.back", since.spaceName());
        back.addClassNames("cg-back", "cg-print-hide");
        Button print = Texts.text(new Button(VaadinIcon.PRINT.create()), "counselling.since.print");
        print.setId("since-print");
        print.addClassName("cg-print-hide");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClickListener(click -> getElement().executeJs("window.print()"));
        H1 title = Texts.text(new H1(), "counselling.since.title");
        String partners = String.join(" & ", since.partnerNames());
        Paragraph who = Texts.text(new Paragraph(), () -> since.viewerIsCounsellor()
                ? t("counselling.since.who.preparedFor", partners, Dates.day(since.from()), Dates.day(since.to()),
                since.viewerName())
                : t("counselling.since.who", partners, Dates.day(since.from()), Dates.day(since.to())));
        who.setId("since-header");
        who.addClassName("cg-since-who");
        add(back, title, who, print);
        add(group("counselling.since.goals", since.goals(),
                entry -> SpaceLinks.item(spaceId, entry.what().subjectId())));
        add(group("counselling.since.duties", since.duties(),
                entry -> SpaceLinks.responsibility(spaceId, entry.what().subjectId())));
        Div negotiations = group("counselling.since.negotiations", since.negotiations(),
                entry -> SpaceLinks.negotiation(spaceId, entry.what().subjectId()));
        for (Summary due : since.due()) {
            negotiations.add(line(() -> t("counselling.since.due", due.title()),
                    SpaceLinks.negotiation(spaceId, due.id())));
        }
        for (Summary waiting : since.waitingLong()) {
            negotiations.add(line(() -> t("counselling.since.waiting", waiting.title(), StepText.of(waiting.step()),
                    Dates.day(waiting.stepSince())), SpaceLinks.negotiation(spaceId, waiting.id())));
        }
        add(negotiations);
        add(checkins(since));
        add(boundariesAndValues(since));
    }

    private Div group(String headingKey, List<ActivityEntry> entries, Function<ActivityEntry, String> link) {
        Div group = section(headingKey);
        if (entries.isEmpty()) {
            group.add(quiet(() -> t("counselling.since.nothingNew")));
        }
        for (ActivityEntry entry : entries) {
            group.add(line(() -> t("counselling.since.entry", Dates.day(entry.at()), entry.actorName(),
                            ActivityText.sentence(entry)),
                    entry.what().subjectId() == null ? null : link.apply(entry)));
        }
        return group;
    }

    private Div checkins(SinceLastSession since) {
        Div group = section("counselling.since.checkins");
        if (since.checkins().isEmpty()) {
            group.add(quiet(() -> t("counselling.since.checkins.none")));
        }
        for (CheckinView checkin : since.checkins()) {
            group.add(Texts.text(new H3(), () -> t("counselling.since.checkin.title", Dates.day(checkin.startedAt()))));
            for (Revealed answers : checkin.answers()) {
                List<Supplier<String>> said = new ArrayList<>();
                answers.appreciations().stream().map(AppreciationView::text)
                        .forEach(text -> said.add(() -> t("counselling.since.checkin.appreciated", text)));
                if (answers.connection() != null) {
                    said.add(() -> t("counselling.since.checkin.ratings", answers.connection(), answers.showedUp()));
                }
                addIf(said, "counselling.since.checkin.new", answers.newInfo());
                addIf(said, "counselling.since.checkin.puzzled", answers.puzzled());
                addIf(said, "counselling.since.checkin.heavy", answers.heavy());
                addIf(said, "counselling.since.checkin.wish", answers.wish());
                Div side = new Div(new Span(answers.name()));
                side.addClassName("cg-checkin-side");
                if (said.isEmpty()) {
                    side.add(quiet(() -> since.viewerIsCounsellor() ? t("counselling.since.checkin.nothingShared")
                            : t("counselling.since.checkin.noAnswers")));
                }
                UnorderedList list = new UnorderedList();
                said.forEach(words -> list.add(Texts.text(new ListItem(), words)));
                side.add(list);
                group.add(side);
            }
            checkin.issues().forEach(issue -> group.add(quiet(
                    () -> t("counselling.since.checkin.issue", issue.title()))));
        }
        return group;
    }

    private Div boundariesAndValues(SinceLastSession since) {
        Div group = section("counselling.since.boundaries");
        if (since.boundaries().isEmpty() && since.values().isEmpty()) {
            group.add(quiet(() -> since.viewerIsCounsellor() ? t("counselling.since.boundaries.noneShared")
                    : t("counselling.since.boundaries.none")));
        }
        for (BoundaryView boundary : since.boundaries()) {
            boolean isNew = !boundary.publishedAt().isBefore(since.start());
            group.add(line(() -> isNew ? t("counselling.since.boundary.new", boundary.authorName(), boundary.text())
                    : t("counselling.since.boundary", boundary.authorName(), boundary.text()), null));
        }
        for (SharedValueView value : since.values()) {
            group.add(line(() -> t("counselling.since.value", value.name(), value.meaning()), null));
        }
        return group;
    }

    private static void addIf(List<Supplier<String>> said, String key, String answer) {
        if (answer != null) {
            said.add(() -> t(key, answer));
        }
    }

    private static Div section(String headingKey) {
        Div section = new Div(Texts.text(new H2(), headingKey));
        section.addClassNames("cg-panel", "cg-since-group");
        return section;
    }

    private static Component line(Supplier<String> words, String href) {
        Paragraph line = new Paragraph();
        line.addClassName("cg-since-line");
        line.add(Texts.text(new Text(""), () -> words.get() + " "));
        if (href != null) {
            Anchor link = Texts.text(InAppLink.to(href), "counselling.since.show");
            link.addClassName("cg-print-hide");
            line.add(link);
        }
        return line;
    }

    private static Paragraph quiet(Supplier<String> words) {
        Paragraph note = Texts.text(new Paragraph(), words);
        note.addClassName("cg-note");
        return note;
    }
}
