package app.commonground.space.ui;

import app.commonground.base.live.SpaceBroadcaster;
import app.commonground.base.ui.LiveUpdates;
import app.commonground.board.PresenceChanged;
import app.commonground.board.PresenceService;
import app.commonground.board.ui.PresenceBar;
import app.commonground.space.MembersChanged;
import app.commonground.space.SpaceDetails;
import app.commonground.space.SpaceService;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.UUID;

/** A couple's space: its name, its members and who has it open right now, kept live by push. */
@Route("spaces/:" + SpaceRoutes.SPACE_ID)
@PermitAll
public class SpaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Span members = new Span();
    final PresenceBar presence = new PresenceBar();
    final Div invitePrompt = new Div();
    final Button settings = new Button("Settings", VaadinIcon.COG_O.create());

    private final SpaceService spaces;
    private final PresenceService presenceService;
    private final String screenKey = UUID.randomUUID().toString();
    private UUID spaceId;
    private SpaceDetails details;

    public SpaceView(SpaceService spaces, PresenceService presenceService, SpaceBroadcaster broadcaster) {
        this.spaces = spaces;
        this.presenceService = presenceService;
        addClassName("cg-page");
        title.setId("space-title");
        members.setId("space-members");
        members.addClassName("cg-members");
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        settings.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(SpaceRoutes.settingsPath(spaceId))));
        Div heading = new Div(new Div(title, members), settings);
        heading.addClassName("cg-space-heading");
        invitePrompt.addClassName("cg-callout");
        add(heading, presence, invitePrompt);
        LiveUpdates.follow(this, broadcaster, () -> spaceId, spaceEvent -> {
            if (spaceEvent instanceof PresenceChanged) {
                presence.show(presenceService.whoIsHere(spaceId));
            } else if (spaceEvent instanceof MembersChanged) {
                showDetails(spaces.details(spaceId));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SpaceRoutes.open(event, spaces).ifPresent(details -> {
            spaceId = details.id();
            showDetails(details);
        });
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (spaceId != null) {
            presenceService.enter(spaceId, screenKey);
            presence.show(presenceService.whoIsHere(spaceId));
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (spaceId != null) {
            presenceService.leave(spaceId, screenKey);
        }
    }

    UUID spaceId() {
        return spaceId;
    }

    @Override
    public String getPageTitle() {
        return details == null ? "Common Ground" : details.name() + " · Common Ground";
    }

    private void showDetails(SpaceDetails shown) {
        details = shown;
        title.setText(shown.name());
        members.setText(MemberText.describe(shown));
        settings.setVisible(shown.viewerIsPartner());
        invitePrompt.removeAll();
        invitePrompt.setVisible(shown.viewerIsPartner() && shown.awaitingPartner());
        if (invitePrompt.isVisible()) {
            Button invite = new Button("Invite your partner", click ->
                    getUI().ifPresent(ui -> ui.navigate(SpaceRoutes.settingsPath(spaceId))));
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            invitePrompt.add(new H2("Your partner hasn't joined yet"),
                    new Paragraph("Send them a private link. It works once and expires after seven days."), invite);
        }
    }
}
