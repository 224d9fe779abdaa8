package app.commonground.account.ui;

import app.commonground.account.AccountService;
import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Map;

/** Deleting one's account, after a clear list of what happens and the password once more. */
public class DeleteAccountCard extends Composite<Div> {

    final PasswordField password = Texts.label(new PasswordField(), "account.delete.password");
    final Button delete = Texts.text(new Button(), "account.delete.button");

    private final AccountService accounts;

    public DeleteAccountCard(AccountService accounts) {
        this.accounts = accounts;
        password.setId("delete-account-password");
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        Texts.helper(password, "account.delete.password.helper");
        password.setWidthFull();
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.addClickListener(click -> delete());
        UnorderedList happens = new UnorderedList(
                Texts.text(new ListItem(), "account.delete.happens.own"),
                Texts.text(new ListItem(), "account.delete.happens.shared"),
                Texts.text(new ListItem(), "account.delete.happens.negotiations"),
                Texts.text(new ListItem(), "account.delete.happens.onlyPartner"),
                Texts.text(new ListItem(), "account.delete.happens.signedOut"),
                Texts.text(new ListItem(), "account.delete.happens.final"));
        Div card = getContent();
        card.addClassNames("cg-panel", "cg-account-card", "cg-danger-card");
        card.setId("delete-account-card");
        card.add(Texts.text(new H2(), "account.delete.title"), Texts.text(new Paragraph(), "account.delete.happens"),
                happens, password, delete);
    }

    private void delete() {
        Map<String, PasswordField> fields = Map.of("password", password);
        FieldErrors.clear(fields);
        try {
            accounts.deleteAccount(password.getValue());
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, fields);
            return;
        }
        SecurityContextHolder.clearContext();
        UI.getCurrent().getPage().setLocation("login?deleted");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
