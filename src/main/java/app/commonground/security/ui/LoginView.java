package app.commonground.security.ui;

import app.commonground.base.ui.CardPage;
import app.commonground.base.ui.InAppLink;
import app.commonground.base.ui.Texts;
import app.commonground.security.CurrentUser;
import app.commonground.security.TooManyAttemptsException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Composite<CardPage> implements BeforeEnterObserver, HasDynamicTitle {

    static final String WRONG_CREDENTIALS = "login.error.wrongCredentials";
    static final String TOO_MANY_TRIES = "login.error.tooManyTries";

    final LoginForm form = new LoginForm();
    final Paragraph deleted = Texts.text(new Paragraph(), "login.deleted");
    /** The key of the message the form shows when signing in failed. */
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
        Paragraph newHere = new Paragraph(Texts.t("login.newHere") + " ");
        newHere.add(InAppLink.to("signup", Texts.t("login.createAccount")));
        newHere.addClassName("cg-aside");
        Paragraph staying = Texts.text(new Paragraph(), "login.staying");
        staying.addClassName("cg-aside");
        deleted.setId("account-deleted");
        deleted.addClassName("cg-notice");
        deleted.setVisible(false);
        return new CardPage(Texts.t("login.title"), Texts.t("login.lead")).add(deleted, form, staying, newHere);
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
        i18n.getForm().setUsername(Texts.t("login.form.email"));
        i18n.getForm().setPassword(Texts.t("login.form.password"));
        i18n.getForm().setSubmit(Texts.t("login.form.submit"));
        i18n.getErrorMessage().setTitle(Texts.t("login.error.title"));
        i18n.getErrorMessage().setMessage(Texts.t(errorMessage));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return Texts.t("login.pageTitle");
    }
}
