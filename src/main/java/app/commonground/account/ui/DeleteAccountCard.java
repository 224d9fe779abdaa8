package app.commonground.account.ui;

import app.commonground.account.AccountService;
import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.FieldErrors;
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

    final PasswordField password = new PasswordField("Your password");
    final Button delete = new Button("Delete my account");

    private final AccountService accounts;

    public DeleteAccountCard(AccountService accounts) {
        this.accounts = accounts;
        password.setId("delete-account-password");
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setHelperText("To be sure it's you");
        password.setWidthFull();
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.addClickListener(click -> delete());
        UnorderedList happens = new UnorderedList(
                new ListItem("Your own goals, hobbies and responsibilities, your drafts, check-in answers, "
                        + "boundaries, self-checks and values are deleted."),
                new ListItem("What you wrote on shared things (shared goals, options, agreements) stays for your "
                        + "partner, from \u201ca former member\u201d: your name and email leave our records. What "
                        + "others wrote in their own words stays theirs."),
                new ListItem("Negotiations you hadn't agreed yet end. If you counsel couples, your notes go too."),
                new ListItem("A space where you are the only partner is deleted with everything in it."),
                new ListItem("You are signed out at once in every browser, and your email can sign up again as "
                        + "someone new."),
                new ListItem("This can't be undone. Download your data first if you'd like a copy."));
        Div card = getContent();
        card.addClassNames("cg-panel", "cg-account-card", "cg-danger-card");
        card.setId("delete-account-card");
        card.add(new H2("Delete your account"), new Paragraph("What happens:"), happens, password, delete);
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
