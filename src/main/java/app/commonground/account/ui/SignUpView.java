package app.commonground.account.ui;

import app.commonground.account.AccountService;
import app.commonground.account.EmailInUseException;
import app.commonground.account.SignUp;
import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.CardPage;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.Texts;
import app.commonground.security.CurrentUser;
import app.commonground.security.LoginThrottle;
import app.commonground.security.SessionSignIn;
import app.commonground.security.ui.LoginView;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Map;

@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends Composite<CardPage> implements BeforeEnterObserver, HasDynamicTitle {

    final TextField name = Texts.label(new TextField(), "signup.name");
    final EmailField email = Texts.label(new EmailField(), "signup.email");
    final PasswordField password = Texts.label(new PasswordField(), "signup.password");
    final Button create = Texts.text(new Button(), "signup.create");

    private final AccountService accounts;
    private final SessionSignIn signIn;
    private final CurrentUser currentUser;
    private final LoginThrottle throttle;

    public SignUpView(AccountService accounts, SessionSignIn signIn, CurrentUser currentUser, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.signIn = signIn;
        this.currentUser = currentUser;
        name.setId("signup-name");
        email.setId("signup-email");
        password.setId("signup-password");
        create.setId("signup-create");
        CharacterLimit.on(name, 60);
        name.setAutocomplete(Autocomplete.NAME);
        Texts.helper(name, "signup.name.helper");
        CharacterLimit.on(email, 254);
        Texts.helper(password, "signup.password.helper");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(click -> createAccount());
    }

    @Override
    protected CardPage initContent() {
        VerticalLayout fields = new VerticalLayout(name, email, password, create);
        fields.setPadding(false);
        fields.addClassName("cg-form");
        fields.getChildren().forEach(c -> ((HasSize) c).setWidthFull());
        Paragraph haveOne = new Paragraph(Texts.t("signup.haveOne") + " ");
        haveOne.add(new RouterLink(Texts.t("signup.signIn"), LoginView.class));
        haveOne.addClassName("cg-aside");
        return new CardPage(Texts.t("signup.title"), Texts.t("signup.lead")).add(fields, haveOne);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.find().isPresent()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("signup.pageTitle");
    }

    private void createAccount() {
        String address = VaadinRequest.getCurrent().getRemoteAddr();
        if (throttle.waitBeforeSignUp(address).isPresent()) {
            email.setErrorMessage(Texts.t("signup.tooManyTries"));
            email.setInvalid(true);
            return;
        }
        try {
            accounts.signUp(new SignUp(name.getValue(), email.getValue(), password.getValue()));
            signIn.signIn(email.getValue(), password.getValue());
            String home = VaadinServletRequest.getCurrent().getContextPath() + "/";
            getUI().ifPresent(ui -> ui.getPage().setLocation(home));
        } catch (EmailInUseException taken) {
            throttle.recordTakenEmail(address);
            FieldErrors.show(taken, Map.of("name", name, "email", email, "password", password));
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, Map.of("name", name, "email", email, "password", password));
        }
    }
}
