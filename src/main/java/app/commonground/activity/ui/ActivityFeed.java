package app.commonground.activity.ui;

import app.commonground.activity.ActivityEntry;
import app.commonground.activity.ActivityLog;
import app.commonground.activity.ActivityPage;
import app.commonground.activity.ActivityProjection;
import app.commonground.activity.RecentActivity;
import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.Texts;
import app.commonground.space.SpaceMembers;
import app.commonground.space.Viewer;
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
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who changed what and when, newest first, a page at a time. */
public class ActivityFeed extends Composite<Div> implements LiveScreen.Section {

    private final ActivityLog log;
    private final Clock clock;
    private final Function<SpaceModel, Set<UUID>> hiddenFromCounsellor;
    private SpaceModel model;
    private UUID viewerId;
    /** How often the "when" of the lines is brought up to date, at most. */
    private static final Duration WHEN_EVERY = Duration.ofMinutes(1);

    private ActivityPage shownPage;
    private Instant whenShownAt;
    private final Div entries = new Div();
    private final Button older = Texts.text(new Button(), "activity.older");
    private UUID spaceId;
    private int pages = 1;
    private Avatars avatars = new Avatars(List.of());
    private final Paragraph quiet = Texts.text(new Paragraph(), "activity.empty");
    private final Map<UUID, Line> lines = new HashMap<>();

    /** @param hiddenFromCounsellor what the partners keep from the counsellor in a model: no line about it reaches them */
    public ActivityFeed(ActivityLog log, LiveScreen screen, Clock clock,
                        Function<SpaceModel, Set<UUID>> hiddenFromCounsellor) {
        this.log = log;
        this.clock = clock;
        this.hiddenFromCounsellor = hiddenFromCounsellor;
        screen.add(this);
        entries.addClassName("cg-activity-entries");
        quiet.addClassName("cg-activity-empty");
        entries.add(quiet);
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        older.addClickListener(click -> {
            pages++;
            refresh();
        });
        H2 heading = Texts.text(new H2(), "activity.title");
        heading.setId("activity-heading");
        getContent().addClassNames("cg-activity", "cg-panel");
        // On a wide screen the feed scrolls inside its panel: a keyboard reaches and scrolls it there.
        getContent().getElement().setAttribute("role", "region").setAttribute("aria-labelledby", heading.getId().orElseThrow())
                .setAttribute("tabindex", "0");
        getContent().add(heading, entries, older);
    }

    @Override
    public void show(SpaceModel model, UUID viewerId) {
        if (!model.spaceId().equals(spaceId)) {
            spaceId = model.spaceId();
            pages = 1;
            shownPage = null;
            entries.removeAll();
            entries.add(quiet);
            lines.clear();
        }
        this.model = model;
        this.viewerId = viewerId;
        SpaceMembers members = model.get(SpaceMembers.class);
        avatars = new Avatars(members.people().stream().map(SpaceMembers.Person::accountId).toList());
        refresh();
    }

    /**
     * Shows the newest pages: from the model while they fit in it, read through the log beyond. Lines already
     * on screen stay (only their "when" is updated), new ones are added and those that fell off the page
     * removed, so a pushed change sends a few nodes, not the feed.
     */
    private void refresh() {
        SpaceMembers members = model.get(SpaceMembers.class);
        Optional<Viewer> viewer = members.viewer(viewerId);
        if (viewer.isEmpty()) {
            return;
        }
        int wanted = pages * ActivityLog.PAGE_SIZE;
        ActivityPage page;
        if (wanted < RecentActivity.KEPT) {
            RecentActivity recent = model.get(RecentActivity.class);
            List<ActivityEntry> newest = ActivityProjection.newest(recent, members, viewer.get(),
                    hiddenFromCounsellor.apply(model), wanted + 1);
            page = new ActivityPage(newest.stream().limit(wanted).toList(),
                    newest.size() > wanted || recent.newest().size() >= RecentActivity.KEPT);
        } else {
            page = log.newest(spaceId, pages);
        }
        show(page);
    }

    /**
     * Shows the page; when it is the one shown already (someone only opened an editor), nothing is touched
     * unless the "when" of the lines is a minute old.
     */
    private void show(ActivityPage page) {
        Instant now = clock.instant();
        if (page.equals(shownPage) && whenShownAt != null && whenShownAt.plus(WHEN_EVERY).isAfter(now)) {
            return;
        }
        shownPage = page;
        whenShownAt = now;
        Set<UUID> current = page.entries().stream().map(ActivityEntry::id).collect(Collectors.toSet());
        lines.entrySet().removeIf(line -> {
            boolean gone = !current.contains(line.getKey());
            if (gone) {
                entries.remove(line.getValue().line());
            }
            return gone;
        });
        quiet.setVisible(page.entries().isEmpty());
        for (int index = 0; index < page.entries().size(); index++) {
            ActivityEntry entry = page.entries().get(index);
            Line line = lines.get(entry.id());
            if (line == null || !line.entry().equals(entry)) {
                if (line != null) {
                    entries.remove(line.line());
                }
                line = line(entry);
                lines.put(entry.id(), line);
            }
            Texts.text(line.when(), () -> Dates.ago(entry.at(), now));
            if (entries.getComponentCount() <= index + 1 || entries.getComponentAt(index + 1) != line.line()) {
                entries.addComponentAtIndex(index + 1, line.line());
            }
        }
        older.setVisible(page.hasOlder());
    }

    /** A line as shown, made again when what it says changed (a member who deleted their account loses their name). */
    private record Line(ActivityEntry entry, Div line, Span when) {
    }

    private Line line(ActivityEntry entry) {
        Span who = new Span(entry.actorName());
        who.addClassName("cg-activity-who");
        Span what = Texts.text(new Span(), () -> " " + ActivityText.sentence(entry));
        Span when = new Span();
        when.addClassName("cg-activity-when");
        Div text = new Div(who, what);
        text.addClassName("cg-activity-text");
        Div line = new Div(avatars.avatar(entry.actorId(), entry.actorName()), new Div(text, when));
        line.addClassName("cg-activity-entry");
        return new Line(entry, line, when);
    }
}
