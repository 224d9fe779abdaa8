package app.commonground.page;

import app.commonground.base.ui.CharacterLimit;
import app.commonground.space.ui.InvitationView;
import app.commonground.space.ui.PendingInvitation;
import app.commonground.space.ui.SpaceRoutes;
import app.commonground.base.ui.InAppLink;
import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.FieldErrors;
import app.commonground.space.NewSpace;
import app.commonground.space.SpaceRole;
import app.commonground.counselling.CounsellingService;
import app.commonground.counselling.CounsellingViews;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;

/** "My spaces": every space the person belongs to, and the way to start a new one. */
@Route("")
@PageTitle("My spaces · Common Ground")
@PermitAll
public class MySpacesView extends VerticalLayout implements BeforeEnterObserver {

    final TextField spaceName = new TextField("Name your space");
    final Button create = new Button("Create space");
    /** Someone who already has a space sees this instead of the whole form: most never need another. */
    final Button startAnother = new Button("Start another space", VaadinIcon.PLUS.create());
    final Div createPanel = new Div();
    final Div spaces = new Div();

    private final SpaceService spaceService;
    private final CounsellingService counselling;
    private final Div notesKept = new Div();
    private final ObservedSpaceFacts facts;

    public MySpacesView(SpaceService spaceService, ObservedSpaceFacts facts, CounsellingService counselling) {
        this.counselling = counselling;
        this.spaceService = spaceService;
        this.facts = facts;
        addClassName("cg-page");
        spaces.addClassName("cg-space-list");

        spaceName.setId("space-name");
        create.setId("space-create");
        spaceName.setPlaceholder("Alex & Sam");
        CharacterLimit.on(spaceName, 80);
        spaceName.setWidthFull();
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> createSpace());
        spaceName.addKeyDownListener(Key.ENTER, enter -> createSpace());
        HorizontalLayout createRow = new HorizontalLayout(spaceName, create);
        createRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        createRow.setWidthFull();
        createRow.addClassName("cg-create-row");

        createPanel.add(new H2("Start a new space"),
                new Paragraph("A space is for one couple. You'll invite your partner next."), createRow);
        createPanel.addClassName("cg-panel");
        startAnother.setId("space-start-another");
        startAnother.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        startAnother.addClickListener(click -> {
            startAnother.setVisible(false);
            createPanel.setVisible(true);
            spaceName.focus();
        });

        notesKept.addClassName("cg-panel");
        notesKept.setId("notes-kept-list");
        add(new H1("My spaces"), spaces, startAnother, createPanel, notesKept);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PendingInvitation.take().ifPresentOrElse(
                token -> event.forwardTo(InvitationView.class, new RouteParameters("token", token)),
                this::showSpaces);
    }

    private void showSpaces() {
        spaces.removeAll();
        List<SpaceSummary> mine = spaceService.mySpaces();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph("You don't belong to a space yet. Start one below, or open the "
                    + "invitation link your partner sent you.");
            empty.addClassName("cg-empty");
            spaces.add(empty);
        }
        mine.forEach(space -> spaces.add(space.waitingForConsent() ? waitingCard(space) : card(space)));
        createPanel.setVisible(mine.isEmpty());
        startAnother.setVisible(!mine.isEmpty());
        showNotesKept();
    }

    /** For a counsellor: the couples whose access ended, where their own notes stay theirs to read. */
    private void showNotesKept() {
        notesKept.removeAll();
        List<CounsellingViews.NotesKept> kept = counselling.notesKept();
        notesKept.setVisible(!kept.isEmpty());
        if (!kept.isEmpty()) {
            notesKept.add(new H2("Your notes from earlier couples"), new Paragraph("Their spaces are closed to you; "
                    + "your own notes stay yours to read."));
            kept.forEach(space -> notesKept.add(new Div(InAppLink.to("notes/" + space.spaceId(),
                    space.spaceName() + " · " + space.notes() + (space.notes() == 1 ? " note" : " notes")))));
        }
    }

    private static Div waitingCard(SpaceSummary space) {
        Span name = new Span(space.name());
        name.addClassName("cg-space-name");
        Span badge = new Span("Waiting for consent");
        badge.addClassNames("cg-badge", "cg-badge-observer");
        Span people = new Span("You'll see this space once both partners have approved you.");
        people.addClassName("cg-space-people");
        Div card = new Div(name, badge, people);
        card.addClassNames("cg-space-card", "cg-space-waiting");
        return card;
    }

    private Anchor card(SpaceSummary space) {
        Anchor card = InAppLink.to(SpaceRoutes.spacePath(space.id()));
        card.addClassName("cg-space-card");
        Span name = new Span(space.name());
        name.addClassName("cg-space-name");
        Span role = new Span(space.viewerRole() == SpaceRole.PARTNER ? "Partner" : "Observing as counsellor");
        role.addClassNames("cg-badge", space.viewerRole() == SpaceRole.PARTNER ? "cg-badge-partner" : "cg-badge-observer");
        Span people = new Span(space.partnerNames().size() < 2
                ? String.join(" & ", space.partnerNames()) + " · waiting for a partner to join"
                : String.join(" & ", space.partnerNames()));
        people.addClassName("cg-space-people");
        card.add(name, role, people);
        if (space.viewerRole() == SpaceRole.PARTNER) {
            counselling.nextSession(space.id()).map(NextSessionText::onCard).ifPresent(card::add);
        }
        if (space.viewerRole() == SpaceRole.COUNSELLOR) {
            Span observed = new Span(facts.describe(space.id()));
            observed.addClassName("cg-space-facts");
            card.add(observed);
        }
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
}
