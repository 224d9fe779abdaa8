package app.commonground.space.ui;

import app.commonground.security.ui.LoginView;
import app.commonground.account.ui.SignUpView;
import app.commonground.base.ui.CardPage;
import app.commonground.base.ui.Dates;
import app.commonground.security.CurrentUser;
import app.commonground.space.InvitationPreview;
import app.commonground.space.InvitationService;
import app.commonground.space.InvitationStatus;
import app.commonground.space.InvitationUnusableException;
import app.commonground.space.SpaceRole;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where an invitation link lands: who invites you to which space, and the way in. */
@Route(value = "invite/:token", autoLayout = false)
@PageTitle("Your invitation · Common Ground")
@AnonymousAllowed
public class InvitationView extends Main implements BeforeEnterObserver {

    private final InvitationService invitations;
    private final CurrentUser currentUser;
    private String token;
    private SpaceRole role;

    public InvitationView(InvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
        addClassName("cg-invitation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        show(invitations.preview(token));
    }

    private void show(InvitationPreview preview) {
        removeAll();
        add(switch (preview.status()) {
            case VALID -> invited(preview);
            case ALREADY_MEMBER -> unusable("You're already in " + preview.spaceName(),
                    "This link is for someone new. Your space is waiting for you.");
            case EXPIRED -> unusable("This invitation has expired",
                    "Links work for seven days. Ask your partner to send you a new one.");
            case USED -> unusable("This invitation has already been used",
                    "Each link works once. If it wasn't you who used it, tell your partner.");
            case REVOKED -> unusable("This invitation was withdrawn",
                    "Your partner withdrew this link. Ask them for a new one if you'd still like to join.");
            case SPACE_FULL -> unusable("This space already has two partners",
                    "A space is for one couple, so nobody else can join it as a partner.");
            case UNKNOWN -> unusable("We don't recognise this invitation",
                    "Check that you opened the whole link, exactly as it was sent to you.");
        });
    }

    private Component invited(InvitationPreview preview) {
        role = preview.role();
        boolean counsellor = role == SpaceRole.COUNSELLOR;
        CardPage page = counsellor
                ? new CardPage(preview.invitedBy() + " invited you to observe “" + preview.spaceName() + "”",
                "As their counsellor you'll see their board, responsibilities and negotiations, read-only, once both "
                        + "partners have approved you. Either of them can end it at any time.")
                : new CardPage(preview.invitedBy() + " invited you to join “" + preview.spaceName() + "”",
                "Common Ground is a live, shared space for the two of you: your own goals side by side with "
                        + "the ones you share, an agreed list of who does what, and a calm way to settle things.");
        Paragraph expiry = new Paragraph("This invitation is valid until " + Dates.day(preview.expiresAt()) + ".");
        expiry.addClassName("cg-aside");
        if (currentUser.find().isPresent()) {
            Button join = new Button(counsellor ? "Ask to observe" : "Join as partner", click -> join());
            join.setId("invite-join");
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            join.setWidthFull();
            page.add(join, expiry);
        } else {
            Button signUp = new Button("Create an account to join", click -> continueWith(SignUpView.class));
            signUp.setId("invite-signup");
            signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            signUp.setWidthFull();
            Button signIn = new Button("I already have an account", click -> continueWith(LoginView.class));
            signIn.setWidthFull();
            Div actions = new Div(signUp, signIn);
            actions.addClassName("cg-actions");
            page.add(actions, expiry);
        }
        return page;
    }

    private static CardPage unusable(String title, String explanation) {
        Anchor home = new Anchor("", "Go to Common Ground");
        home.addClassName("cg-button-link");
        return new CardPage(title, explanation).add(home);
    }

    private void continueWith(Class<? extends Component> view) {
        PendingInvitation.remember(token);
        getUI().ifPresent(ui -> ui.navigate(view));
    }

    private void join() {
        try {
            var spaceId = invitations.accept(token);
            if (role == SpaceRole.COUNSELLOR) {
                Notification.show("Thank you. Both partners have been asked; you'll see the space once they approve.",
                        6000, Notification.Position.BOTTOM_CENTER);
                getUI().ifPresent(ui -> ui.navigate(""));
            } else {
                getUI().ifPresent(ui -> ui.navigate(SpaceRoutes.spacePath(spaceId)));
            }
        } catch (InvitationUnusableException refused) {
            show(invitations.preview(token));
        }
    }
}
