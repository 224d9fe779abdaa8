package app.commonground.account.ui;

import app.commonground.account.AccountService;
import app.commonground.security.CurrentUser;
import app.commonground.security.SessionSignIn;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The person's account: their password, their data, and deleting it all. */
@Route("account")
@PageTitle("Your account · Common Ground")
@PermitAll
public class AccountView extends VerticalLayout {

    final PasswordCard password;
    final MyDataCard data;
    final DeleteAccountCard deletion;

    public AccountView(AccountService accounts, SessionSignIn signIn, CurrentUser currentUser) {
        addClassName("cg-page");
        addClassName("cg-narrow");
        password = new PasswordCard(accounts, signIn, currentUser);
        data = new MyDataCard(accounts);
        deletion = new DeleteAccountCard(accounts);
        add(new H1("Your account"), password, data, deletion);
    }
}
