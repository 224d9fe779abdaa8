package app.commonground.account.ui;

import app.commonground.account.AccountService;
import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.FieldErrors;
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

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("New password, once more");
    final Button save = new Button("Change password");

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
        newPassword.setHelperText("At least 10 characters");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> change());
        Div card = getContent();
        card.addClassNames("cg-panel", "cg-account-card");
        card.add(new H2("Change password"),
                new Paragraph("Choose something long and memorable: a short sentence works well."),
                currentPassword, newPassword, repeatPassword, save);
        card.getChildren().filter(c -> c instanceof PasswordField).forEach(c -> c.getElement().getStyle().set("width", "100%"));
    }

    private void change() {
        Map<String, PasswordField> fields = Map.of("currentPassword", currentPassword,
                "newPassword", newPassword, "repeatPassword", repeatPassword);
        FieldErrors.clear(fields);
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            repeatPassword.setErrorMessage("The two new passwords don't match");
            repeatPassword.setInvalid(true);
            return;
        }
        try {
            accounts.changePassword(currentPassword.getValue(), newPassword.getValue());
            signIn.signIn(currentUser.require().email(), newPassword.getValue());
            fields.values().forEach(PasswordField::clear);
            Notification.show("Your password is changed. Every other browser signed in as you is signed out.",
                            5000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, fields);
        }
    }
}
