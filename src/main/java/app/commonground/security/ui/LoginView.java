package app.commonground.security.ui;

import app.commonground.base.ui.CardPage;
import app.commonground.base.ui.InAppLink;
import app.commonground.security.CurrentUser;
import app.commonground.security.TooManyAttemptsException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Common Ground")
@AnonymousAllowed
public class LoginView extends Composite<CardPage> implements BeforeEnterObserver {

    static final String WRONG_CREDENTIALS = "Check your email and password and try again.";
    static final String TOO_MANY_TRIES = "Too many sign-in attempts in a row. Please wait a little, then try again.";

    final LoginForm form = new LoginForm();
    final Paragraph deleted = new Paragraph("Your account is deleted. What was only yours is gone, and you are signed "
            + "out everywhere. Take care.");
    String errorMessage = WRONG_CREDENTIALS;
    private final CurrentUser currentUser;

    public LoginView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(WRONG_CREDENTIALS));
    }

    @Override
    protected CardPage initContent() {
        Paragraph newHere = new Paragraph("New here? ");
        newHere.add(InAppLink.to("signup", "Create an account"));
        newHere.addClassName("cg-aside");
        Paragraph staying = new Paragraph("You stay signed in on this device until you sign out. Signing out signs you out everywhere.");
        staying.addClassName("cg-aside");
        deleted.setId("account-deleted");
        deleted.addClassName("cg-notice");
        deleted.setVisible(false);
        return new CardPage("Welcome back", "Your shared space, live for both of you.").add(deleted, form, staying, newHere);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.find().isPresent()) {
            event.forwardTo("");
            return;
        }
        deleted.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("deleted"));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            errorMessage = failure instanceof TooManyAttemptsException ? TOO_MANY_TRIES : WRONG_CREDENTIALS;
            form.setI18n(i18n(errorMessage));
            form.setError(true);
        }
    }

    private static LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("We couldn't sign you in");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
