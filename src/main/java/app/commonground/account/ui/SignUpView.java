package app.commonground.account.ui;

import app.commonground.account.AccountService;
import app.commonground.account.EmailInUseException;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.security.LoginThrottle;
import com.vaadin.flow.server.VaadinRequest;
import app.commonground.account.SignUp;
import app.commonground.security.ui.LoginView;
import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.CardPage;
import app.commonground.base.ui.FieldErrors;
import app.commonground.security.SessionSignIn;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import app.commonground.security.CurrentUser;

import java.util.Map;

@Route(value = "signup", autoLayout = false)
@PageTitle("Create an account · Common Ground")
@AnonymousAllowed
public class SignUpView extends Composite<CardPage> implements BeforeEnterObserver {

    final TextField name = new TextField("Your name");
    final EmailField email = new EmailField("Email");
    final PasswordField password = new PasswordField("Password");
    final Button create = new Button("Create account");

    static final String TOO_MANY_TRIES = "Too many tries from here in a row. Please wait a little, then try again.";

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
        name.setHelperText("How your partner will see you");
        CharacterLimit.on(email, 254);
        password.setHelperText("At least 10 characters");
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
        Paragraph haveOne = new Paragraph("Already have an account? ");
        haveOne.add(new RouterLink("Sign in", LoginView.class));
        haveOne.addClassName("cg-aside");
        return new CardPage("Create your account",
                "A private, shared space for the two of you.").add(fields, haveOne);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.find().isPresent()) {
            event.forwardTo("");
        }
    }

    private void createAccount() {
        String address = VaadinRequest.getCurrent().getRemoteAddr();
        if (throttle.waitBeforeSignUp(address).isPresent()) {
            email.setErrorMessage(TOO_MANY_TRIES);
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
