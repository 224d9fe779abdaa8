package app.commonground.account.ui;

import app.commonground.account.AccountService;
import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.Texts;
import app.commonground.security.CurrentUser;
import app.commonground.security.SessionSignIn;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

import java.util.Map;

/** Changing one's password: every other browser signed in as the person is signed out. */
public class PasswordCard extends Composite<Div> {

    final PasswordField currentPassword = Texts.label(new PasswordField(), "account.password.current");
    final PasswordField newPassword = Texts.label(new PasswordField(), "account.password.new");
    final PasswordField repeatPassword = Texts.label(new PasswordField(), "account.password.repeat");
    final Button save = Texts.text(new Button(), "account.password.save");

    private final AccountService accounts;
    private final SessionSignIn signIn;
    private final CurrentUser currentUser;

    public PasswordCard(AccountService accounts, SessionSignIn signIn, CurrentUser currentUser) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.currentUser = currentUser;
        currentPassword.setId("account-current-password");
        newPassword.setId("account-new-password");
        repeatPassword.setId("account-repeat-password");
        save.setId("account-change-password");
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeatPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Texts.helper(newPassword, "account.password.new.helper");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> change());
        Div card = getContent();
        card.addClassNames("cg-panel", "cg-account-card");
        card.add(Texts.text(new H2(), "account.password.title"),
                Texts.text(new Paragraph(), "account.password.about"),
                currentPassword, newPassword, repeatPassword, save);
        card.getChildren().filter(c -> c instanceof PasswordField).forEach(c -> c.getElement().getStyle().set("width", "100%"));
    }

    private void change() {
        Map<String, PasswordField> fields = Map.of("currentPassword", currentPassword,
                "newPassword", newPassword, "repeatPassword", repeatPassword);
        FieldErrors.clear(fields);
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            repeatPassword.setErrorMessage(Texts.t("account.password.mismatch"));
            repeatPassword.setInvalid(true);
            return;
        }
        try {
            accounts.changePassword(currentPassword.getValue(), newPassword.getValue());
            signIn.signIn(currentUser.require().email(), newPassword.getValue());
            fields.values().forEach(PasswordField::clear);
            Notification.show(Texts.t("account.password.changed"), 5000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, fields);
        }
    }
}
