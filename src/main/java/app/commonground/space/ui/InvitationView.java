package app.commonground.space.ui;

import app.commonground.security.ui.LoginView;
import app.commonground.account.ui.SignUpView;
import app.commonground.base.ui.CardPage;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.Texts;
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
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.function.Supplier;

import static app.commonground.base.ui.Texts.t;

/** Where an invitation link lands: who invites you to which space, and the way in. */
@Route(value = "invite/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

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

    @Override
    public String getPageTitle() {
        return t("invitation.pageTitle");
    }

    private void show(InvitationPreview preview) {
        removeAll();
        add(switch (preview.status()) {
            case VALID -> invited(preview);
            case ALREADY_MEMBER -> unusable(() -> t("invitation.alreadyMember.title", preview.spaceName()),
                    "invitation.alreadyMember.about");
            case EXPIRED -> unusable(() -> t("invitation.expired.title"), "invitation.expired.about");
            case USED -> unusable(() -> t("invitation.used.title"), "invitation.used.about");
            case REVOKED -> unusable(() -> t("invitation.revoked.title"), "invitation.revoked.about");
            case SPACE_FULL -> unusable(() -> t("invitation.full.title"), "invitation.full.about");
            case UNKNOWN -> unusable(() -> t("invitation.unknown.title"), "invitation.unknown.about");
        });
    }

    private Component invited(InvitationPreview preview) {
        role = preview.role();
        boolean counsellor = role == SpaceRole.COUNSELLOR;
        Supplier<String> invitedBy = () -> preview.invitedBy() == null ? t("invitation.yourPartner")
                : preview.invitedBy();
        CardPage page = counsellor
                ? cardPage(() -> t("invitation.counsellor.title", invitedBy.get(), preview.spaceName()),
                "invitation.counsellor.about")
                : cardPage(() -> t("invitation.partner.title", invitedBy.get(), preview.spaceName()),
                "invitation.partner.about");
        Paragraph expiry = Texts.text(new Paragraph(),
                () -> t("invitation.validUntil", Dates.day(preview.expiresAt())));
        expiry.addClassName("cg-aside");
        if (currentUser.find().isPresent()) {
            Button join = Texts.text(new Button("", click -> join()),
                    counsellor ? "invitation.askToObserve" : "invitation.joinAsPartner");
            join.setId("invite-join");
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            join.setWidthFull();
            page.add(join, expiry);
        } else {
            Button signUp = Texts.text(new Button("", click -> continueWith(SignUpView.class)), "invitation.signUp");
            signUp.setId("invite-signup");
            signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            signUp.setWidthFull();
            Button signIn = Texts.text(new Button("", click -> continueWith(LoginView.class)), "invitation.signIn");
            signIn.setWidthFull();
            Div actions = new Div(signUp, signIn);
            actions.addClassName("cg-actions");
            page.add(actions, expiry);
        }
        return page;
    }

    private static CardPage unusable(Supplier<String> title, String explanationKey) {
        Anchor home = Texts.text(new Anchor("", ""), "invitation.home");
        home.addClassName("cg-button-link");
        return cardPage(title, explanationKey).add(home);
    }

    /** The card with its heading and lead, each said again in a new language. */
    private static CardPage cardPage(Supplier<String> title, String leadKey) {
        CardPage page = new CardPage("", "");
        page.card().getChildren().forEach(part -> {
            if (part instanceof H1 heading) {
                Texts.text(heading, title);
            } else if (part instanceof Paragraph lead) {
                Texts.text(lead, leadKey);
            }
        });
        return page;
    }

    private void continueWith(Class<? extends Component> view) {
        PendingInvitation.remember(token);
        getUI().ifPresent(ui -> ui.navigate(view));
    }

    private void join() {
        try {
            var spaceId = invitations.accept(token);
            if (role == SpaceRole.COUNSELLOR) {
                Notification.show(t("invitation.asked"), 6000, Notification.Position.BOTTOM_CENTER);
                getUI().ifPresent(ui -> ui.navigate(""));
            } else {
                getUI().ifPresent(ui -> ui.navigate(SpaceRoutes.spacePath(spaceId)));
            }
        } catch (InvitationUnusableException refused) {
            show(invitations.preview(token));
        }
    }
}
