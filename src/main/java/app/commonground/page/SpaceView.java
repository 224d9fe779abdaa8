package app.commonground.page;

import app.commonground.space.ui.AccessEnded;
import com.vaadin.flow.component.notification.Notification;
import app.commonground.space.ui.Leaving;
import app.commonground.space.LeavingService;
import app.commonground.space.ui.ConsentRequests;
import app.commonground.space.ui.MemberText;
import app.commonground.space.ui.SpaceRoutes;

import app.commonground.activity.ActivityLog;
import app.commonground.activity.ui.ActivityFeed;
import app.commonground.base.live.LiveSpaces;
import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.LazyTabs;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.base.ui.Texts;
import app.commonground.board.Board;
import app.commonground.board.BoardService;
import app.commonground.board.PresenceService;
import app.commonground.board.ui.BoardPanel;
import app.commonground.board.ui.PresenceBar;
import app.commonground.board.ui.ScreenClosedEndpoint;
import app.commonground.base.GoneException;
import app.commonground.checkin.CheckinService;
import app.commonground.counselling.CounsellingService;
import app.commonground.counselling.NextSessionService;
import app.commonground.counselling.ui.CounsellingPanel;
import app.commonground.counselling.ui.NextSessionLine;
import app.commonground.space.AccessRecords;
import app.commonground.checkin.ui.CheckinPanel;
import app.commonground.negotiation.NegotiationProjection;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.Negotiations;
import app.commonground.values.ValuesService;
import app.commonground.values.ui.ValuesPanel;
import app.commonground.negotiation.ui.NegotiationsPanel;
import app.commonground.responsibility.Responsibilities;
import app.commonground.responsibility.ResponsibilityProjection;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.responsibility.ui.ResponsibilitiesPanel;
import app.commonground.space.ConsentService;
import app.commonground.space.SpaceDetails;
import app.commonground.space.SpaceMembers;
import app.commonground.space.SpaceService;
import app.commonground.space.Viewer;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * A couple's space: who is here, the board of goals and hobbies, the responsibilities, the negotiations and what
 * happened lately. The page composes the sections; each follows the space's live model itself (see
 * {@link LiveScreen}), so each change anyone makes appears here without a reload and without a query.
 */
@Route("spaces/:" + SpaceRoutes.SPACE_ID)
@PermitAll
public class SpaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, LiveScreen.Section {

    final H1 title = new H1();
    final Span members = new Span();
    final NextSessionLine nextSession;
    final PresenceBar presence;
    final Div invitePrompt = new Div();
    final Div observing = new Div();
    final ConsentRequests consent;
    final Button settings = Texts.text(new Button(VaadinIcon.COG_O.create()), "space.settings");
    final LazyTabs.Section<BoardPanel> board;
    final LazyTabs.Section<ResponsibilitiesPanel> responsibilities;
    final LazyTabs.Section<NegotiationsPanel> negotiations;
    final LazyTabs.Section<CheckinPanel> checkins;
    final LazyTabs.Section<ValuesPanel> values;
    final LazyTabs.Section<CounsellingPanel> counselling;
    final ActivityFeed activity;
    final Span waitingForMe = new Span();
    final Span negotiationsForMe = new Span();

    private final SpaceService spaces;
    private final PresenceService presenceService;
    private final AccessRecords records;
    private final LeavingService leaving;
    private final Clock clock;
    private final LiveScreen live;
    private final String screenKey = UUID.randomUUID().toString();
    private final EditingPresence editing;
    private final LazyTabs sections = new LazyTabs();
    private UUID spaceId;
    private SpaceDetails details;
    private SpaceMembers shownMembers;
    private Viewer viewer;
    private Responsibilities countedResponsibilities;
    private Negotiations countedNegotiations;

    public SpaceView(SpaceService spaces, PresenceService presenceService, BoardService boardService,
                     ResponsibilityService responsibilityService, NegotiationService negotiationService,
                     ConsentService consentService, CheckinService checkinService, ValuesService valuesService,
                     CounsellingService counsellingService, NextSessionService nextSessionService,
                     AccessRecords records, ActivityLog activityLog,
                     LeavingService leaving, LiveSpaces liveSpaces, Clock clock) {
        this.records = records;
        this.leaving = leaving;
        this.spaces = spaces;
        this.presenceService = presenceService;
        this.clock = clock;
        this.live = new LiveScreen(this, liveSpaces, clock);
        live.add(this);
        this.editing = new EditingPresence(presenceService, live, screenKey);
        this.presence = new PresenceBar(live);
        this.nextSession = new NextSessionLine(live);
        this.consent = new ConsentRequests(consentService);
        this.activity = new ActivityFeed(activityLog, live, clock, model -> model.get(Board.class).hiddenFromCounsellor());
        addClassNames("cg-page", "cg-space-page");
        title.setId("space-title");
        members.setId("space-members");
        members.addClassName("cg-members");
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        settings.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(SpaceRoutes.settingsPath(spaceId))));
        Div heading = new Div(new Div(title, members, nextSession), settings);
        heading.addClassName("cg-space-heading");
        invitePrompt.addClassName("cg-callout");
        observing.addClassName("cg-observing");
        observing.setId("observing-banner");
        sections.addClassName("cg-sections");
        // The tab list's scroll area carries tabindex="-1", which makes it a child a tab list may not have
        // (axe: aria-required-children); its tabs are focusable, so the browser never focuses the area.
        sections.getElement().executeJs("""
                customElements.whenDefined('vaadin-tabs').then(() => requestAnimationFrame(() => {
                  const scroll = this.querySelector('vaadin-tabs')?.shadowRoot?.getElementById('scroll');
                  if (scroll) scroll.removeAttribute('tabindex');
                }))""");
        board = sections.add(tab("board-tab", "space.tab.board", null),
                () -> live.catchUp(new BoardPanel(boardService, live, editing)));
        waitingForMe.setId("responsibilities-waiting");
        responsibilities = sections.add(tab("responsibilities-tab", "space.tab.responsibilities", waitingForMe),
                () -> live.catchUp(new ResponsibilitiesPanel(responsibilityService, live)));
        negotiationsForMe.setId("negotiations-waiting");
        negotiations = sections.add(tab("negotiations-tab", "space.tab.negotiations", negotiationsForMe), () -> {
            NegotiationsPanel panel = live.catchUp(new NegotiationsPanel(negotiationService, live, clock));
            panel.whenOpened(id -> address(id == null ? SpaceLinks.section(spaceId, SpaceLinks.Section.NEGOTIATIONS)
                    : SpaceLinks.negotiation(spaceId, id)));
            return panel;
        });
        checkins = sections.add(tab("checkin-tab", "space.tab.checkin", null),
                () -> live.catchUp(new CheckinPanel(checkinService, live, clock, editing)));
        values = sections.add(tab("values-tab", "space.tab.values", null),
                () -> live.catchUp(new ValuesPanel(valuesService, live, clock)));
        counselling = sections.add(tab("sessions-tab", "space.tab.sessions", null), () -> {
            CounsellingPanel panel = new CounsellingPanel(counsellingService, nextSessionService, live, clock);
            if (details != null) {
                panel.follow(spaceId, !details.viewerIsPartner());
            }
            return live.catchUp(panel);
        });
        sections.addSelectedListener(section -> named(section)
                .ifPresent(name -> address(SpaceLinks.section(spaceId, name))));
        Div body = new Div(sections, activity);
        body.addClassName("cg-space-body");
        add(heading, observing, presence, invitePrompt, consent, body);
    }

    private static Tab tab(String id, String label, Span count) {
        Span name = Texts.text(new Span(), label);
        Tab tab = count == null ? new Tab(name) : new Tab(name, count);
        tab.setId(id);
        if (count != null) {
            count.addClassName("cg-tab-count");
            count.setVisible(false);
        }
        return tab;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SpaceRoutes.open(event, spaces).ifPresent(shown -> {
            boolean newVisit = !shown.id().equals(spaceId);
            spaceId = shown.id();
            details = shown;
            editing.follow(spaceId);
            live.follow(spaceId, shown.viewerId());
            counselling.ifBuilt().ifPresent(panel -> panel.follow(spaceId, !shown.viewerIsPartner()));
            if (newVisit) {
                records.opened(spaceId, AccessRecords.ReadKind.SPACE);
            }
            reveal(event.getLocation().getQueryParameters());
        });
    }

    /**
     * Opens the section a link names, or the one that holds what it names (see {@link SpaceLinks}): a goal or hobby
     * opens in its editor, a negotiation opens, a responsibility's card is brought into view.
     */
    private void reveal(QueryParameters query) {
        query.getSingleParameter(SpaceLinks.TAB).flatMap(this::section).ifPresent(sections::select);
        query.getSingleParameter(SpaceLinks.RESPONSIBILITY).ifPresent(id -> reveal(responsibilities, "responsibility-" + id));
        query.getSingleParameter(SpaceLinks.ITEM).flatMap(SpaceView::uuid).ifPresent(id -> sections.select(board).open(id));
        query.getSingleParameter(SpaceLinks.NEGOTIATION).flatMap(SpaceView::uuid).ifPresent(id -> {
            NegotiationsPanel panel = sections.select(negotiations);
            try {
                panel.open(id);
            } catch (GoneException notThere) {
                // a link to a negotiation that is gone, or not in this space: the list shows what there is
            }
        });
    }

    private Optional<LazyTabs.Section<?>> section(String name) {
        return Arrays.stream(SpaceLinks.Section.values()).filter(section -> section.param().equals(name)).findFirst()
                .map(this::section);
    }

    private LazyTabs.Section<?> section(SpaceLinks.Section section) {
        return switch (section) {
            case BOARD -> board;
            case RESPONSIBILITIES -> responsibilities;
            case NEGOTIATIONS -> negotiations;
            case CHECKIN -> checkins;
            case VALUES -> values;
            case SESSIONS -> counselling;
        };
    }

    /** The name a section has in an address. */
    private Optional<SpaceLinks.Section> named(LazyTabs.Section<?> shown) {
        return Arrays.stream(SpaceLinks.Section.values()).filter(section -> section(section) == shown).findFirst();
    }

    /**
     * Puts where the person is (the section, the negotiation open) in the address, without a new entry in the
     * browser's history: a reload, or the address shared, opens the same place.
     */
    private void address(String location) {
        if (spaceId != null) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void reveal(LazyTabs.Section<?> section, String cardId) {
        sections.select(section);
        getElement().executeJs("""
                requestAnimationFrame(() => {
                  const card = document.getElementById($0);
                  if (card) {
                    card.scrollIntoView({block: 'center'});
                    card.classList.add('cg-highlight');
                  }
                })""", cardId);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (spaceId != null) {
            presenceService.enter(spaceId, screenKey);
            // As the page goes, it says so itself: Vaadin's own word is lost when a request was on its way.
            attach.getUI().getPage().executeJs("window.addEventListener('pagehide', () => navigator.sendBeacon($0), "
                    + "{once: true})", ScreenClosedEndpoint.address(spaceId, screenKey));
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (spaceId != null) {
            presenceService.leave(spaceId, screenKey);
        }
    }

    @Override
    public String getPageTitle() {
        return details == null ? "Common Ground" : Texts.t("space.pageTitle", details.name());
    }

    UUID spaceId() {
        return spaceId;
    }

    /**
     * The page's own part: the space's name and people, whether the viewer may still see it at all, and what
     * waits for them in the sections (counted from the model, whether or not a section was ever opened).
     */
    @Override
    public void show(SpaceModel model, UUID viewerId) {
        SpaceMembers people = model.get(SpaceMembers.class);
        if (people != shownMembers) {
            showMembers(people, viewerId);
        }
        if (viewer != null) {
            showCounts(model.get(Responsibilities.class), model.get(Negotiations.class), false);
        }
    }

    @Override
    public void newDay() {
        if (viewer != null) {
            showCounts(countedResponsibilities, countedNegotiations, true);
        }
    }

    /** The tabs' counts, worked out again only when what they count changed (or the day did). */
    private void showCounts(Responsibilities responsibilityList, Negotiations negotiationList, boolean newDay) {
        if (responsibilityList != countedResponsibilities) {
            countedResponsibilities = responsibilityList;
            showCount(waitingForMe, ResponsibilityProjection.of(responsibilityList, shownMembers, viewer).waitingForViewer());
        }
        if (negotiationList != countedNegotiations || newDay) {
            countedNegotiations = negotiationList;
            showCount(negotiationsForMe, NegotiationProjection.waitingFor(negotiationList, viewer,
                    LocalDate.ofInstant(clock.instant(), Dates.zone())));
        }
    }

    private void showMembers(SpaceMembers people, UUID viewerId) {
        SpaceMembers before = shownMembers;
        shownMembers = people;
        countedResponsibilities = null;
        countedNegotiations = null;
        viewer = people.viewer(viewerId).orElse(null);
        if (viewer == null) {
            showAccessEnded(AccessEnded.why(people, viewerId));
            return;
        }
        showDetails(people.details(viewer));
        consent.show(people, viewer);
        if (before != null) {
            announceWhoLeft(before, people, viewerId);
        }
    }

    /** "Sam left the space", on the screens of those who stay (named as they were known before). */
    private void announceWhoLeft(SpaceMembers before, SpaceMembers now, UUID viewerId) {
        before.partners().stream()
                .filter(p -> !p.accountId().equals(viewerId))
                .filter(p -> now.partners().stream().noneMatch(still -> still.accountId().equals(p.accountId())))
                .forEach(p -> Notification.show(Texts.t("space.partnerLeft", p.name()), 8000,
                                Notification.Position.BOTTOM_CENTER)
                        .setId("partner-left"));
    }

    /** The viewer's access ended while the page was open (they left, or their consent ended): nothing stays. */
    private void showAccessEnded(AccessEnded.Why why) {
        live.stop();
        editing.stopped();
        presenceService.leave(spaceId, screenKey);
        viewer = null;
        AccessEnded.replace(this, why);
        spaceId = null;
    }

    private static void showCount(Span badge, long count) {
        badge.setText(String.valueOf(count));
        badge.setVisible(count > 0);
        Texts.aria(badge, "space.tab.waiting", count);
    }

    private void showDetails(SpaceDetails shown) {
        details = shown;
        title.setText(shown.name());
        Texts.text(members, () -> MemberText.describe(shown));
        settings.setVisible(shown.viewerIsPartner());
        observing.setVisible(!shown.viewerIsPartner());
        observing.removeAll();
        if (!shown.viewerIsPartner()) {
            Span strong = Texts.text(new Span(), "space.observing.title");
            strong.getElement().getStyle().set("font-weight", "700");
            observing.add(strong, Texts.text(new Span(), "space.observing.about", shown.name()),
                    Leaving.stopObserving(shown, leaving));
        }
        invitePrompt.removeAll();
        invitePrompt.setVisible(shown.viewerIsPartner() && shown.awaitingPartner());
        if (invitePrompt.isVisible()) {
            Button invite = Texts.text(new Button("", click ->
                    getUI().ifPresent(ui -> ui.navigate(SpaceRoutes.settingsPath(spaceId)))), "space.invite.button");
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            invitePrompt.add(Texts.text(new H2(), "space.invite.title"), Texts.text(new Paragraph(), "space.invite.about"),
                    invite);
        }
    }
}
