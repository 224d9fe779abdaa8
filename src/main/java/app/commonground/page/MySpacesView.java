package app.commonground.page;

import app.commonground.base.ui.CharacterLimit;
import app.commonground.space.ui.InvitationView;
import app.commonground.space.ui.PendingInvitation;
import app.commonground.space.ui.SpaceRoutes;
import app.commonground.base.ui.InAppLink;
import app.commonground.base.ui.Texts;
import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.FieldErrors;
import app.commonground.space.NewSpace;
import app.commonground.space.SpaceRole;
import app.commonground.base.live.LiveSpaces;
import app.commonground.counselling.CaseloadService;
import app.commonground.counselling.CounsellingService;
import app.commonground.counselling.ui.CaseloadPanel;
import app.commonground.counselling.ui.NextSessionText;
import app.commonground.space.SpaceService;
import app.commonground.space.SpaceSummary;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** "My spaces": every space the person belongs to, and the way to start a new one. */
@Route("")
@PermitAll
public class MySpacesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Set in a session once its person has landed: from then on this page is the list, as asked for. */
    private static final String LANDED = MySpacesView.class.getName() + ".landed";

    final TextField spaceName = Texts.label(new TextField(), "spaces.new.name");
    final Button create = Texts.text(new Button(), "spaces.new.create");
    /** Someone who already has a space sees this instead of the whole form: most never need another. */
    final Button startAnother = new Button(VaadinIcon.PLUS.create());
    final Div createPanel = new Div();
    final Div spaces = new Div();

    final CaseloadPanel caseload;
    private final SpaceService spaceService;
    private final CaseloadService cases;
    private final CounsellingService counselling;
    private final H1 title = new H1();
    private final H2 ownSpaces = Texts.text(new H2(), "spaces.own");

    public MySpacesView(SpaceService spaceService, CaseloadService cases, CounsellingService counselling,
                        LiveSpaces live, Clock clock) {
        this.spaceService = spaceService;
        this.counselling = counselling;
        this.cases = cases;
        this.caseload = new CaseloadPanel(cases, live, clock);
        addClassName("cg-page");
        spaces.addClassName("cg-space-list");

        spaceName.setId("space-name");
        create.setId("space-create");
        Texts.placeholder(spaceName, "spaces.new.example");
        CharacterLimit.on(spaceName, 80);
        spaceName.setWidthFull();
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> createSpace());
        spaceName.addKeyDownListener(Key.ENTER, enter -> createSpace());
        HorizontalLayout createRow = new HorizontalLayout(spaceName, create);
        createRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        createRow.setWidthFull();
        createRow.addClassName("cg-create-row");

        createPanel.add(Texts.text(new H2(), "spaces.new.title"), Texts.text(new Paragraph(), "spaces.new.about"),
                createRow);
        createPanel.addClassName("cg-panel");
        startAnother.setId("space-start-another");
        startAnother.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        startAnother.addClickListener(click -> {
            startAnother.setVisible(false);
            createPanel.setVisible(true);
            spaceName.focus();
        });

        add(title, caseload, ownSpaces, spaces, startAnother, createPanel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PendingInvitation.take().ifPresentOrElse(
                token -> event.forwardTo(InvitationView.class, new RouteParameters("token", token)),
                () -> showSpaces(event));
    }

    /**
     * A partner's spaces as cards; for a counsellor, first their couples (see {@link CaseloadPanel}), then any
     * space of their own. Someone whose one space is all they have lands in it on the first page after signing
     * in; this page stays theirs to come back to.
     */
    private void showSpaces(BeforeEnterEvent event) {
        boolean justSignedIn = firstPageSinceSigningIn();
        spaces.removeAll();
        caseload.open();
        boolean counsels = !caseload.isEmpty();
        caseload.setVisible(counsels);
        Texts.text(title, counsels ? "spaces.title.counsellor" : "spaces.title.partner");
        List<SpaceSummary> mine = spaceService.mySpaces().stream()
                .filter(space -> space.viewerRole() == SpaceRole.PARTNER).toList();
        ownSpaces.setVisible(counsels && !mine.isEmpty());
        spaces.setVisible(!counsels || !mine.isEmpty());
        if (mine.isEmpty() && !counsels) {
            Paragraph empty = Texts.text(new Paragraph(), "spaces.empty");
            empty.addClassName("cg-empty");
            spaces.add(empty);
        }
        if (!counsels && mine.size() == 1 && justSignedIn) {
            event.forwardTo(SpaceView.class, new RouteParameters(SpaceRoutes.SPACE_ID, mine.getFirst().id().toString()));
            return;
        }
        mine.forEach(space -> spaces.add(card(space)));
        createPanel.setVisible(mine.isEmpty() && !counsels);
        startAnother.setVisible(!mine.isEmpty() || counsels);
        Texts.text(startAnother, mine.isEmpty() ? "spaces.startOwn" : "spaces.startAnother");
    }

    private Anchor card(SpaceSummary space) {
        Anchor card = InAppLink.to(SpaceRoutes.spacePath(space.id()));
        card.addClassName("cg-space-card");
        Span name = new Span(space.name());
        name.addClassName("cg-space-name");
        Span role = Texts.text(new Span(), "spaces.card.partner");
        role.addClassNames("cg-badge", "cg-badge-partner");
        String names = String.join(" & ", space.partnerNames());
        Span people = space.partnerNames().size() < 2 ? Texts.text(new Span(), "spaces.card.waitingForPartner", names)
                : new Span(names);
        people.addClassName("cg-space-people");
        card.add(name, role, people);
        counselling.nextSession(space.id()).map(NextSessionText::onCard).ifPresent(card::add);
        return card;
    }

    private void createSpace() {
        try {
            var id = spaceService.create(new NewSpace(spaceName.getValue()));
            getUI().ifPresent(ui -> ui.navigate(SpaceRoutes.spacePath(id)));
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, Map.of("name", spaceName));
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("spaces.pageTitle");
    }

    /** Whether no page has opened yet since the person signed in (in this session). */
    private static boolean firstPageSinceSigningIn() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(LANDED) == null;
    }

    /** Notes that the person has seen a page since signing in: "/" is the list from now on. */
    static void landed() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(LANDED, Boolean.TRUE);
        }
    }
}
