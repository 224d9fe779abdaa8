package app.commonground.page;

import app.commonground.account.AccountService;
import app.commonground.account.ui.DeleteAccountCard;
import app.commonground.account.ui.MyDataCard;
import app.commonground.account.ui.PasswordCard;
import app.commonground.calendar.CalendarService;
import app.commonground.calendar.ui.CalendarCard;
import app.commonground.reminder.ReminderService;
import app.commonground.reminder.ui.RemindersCard;
import app.commonground.security.CurrentUser;
import app.commonground.security.SessionSignIn;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The person's account: their password, their reminders, their calendar, their data, and deleting it all. */
@Route("account")
@PageTitle("Your account · Common Ground")
@PermitAll
public class AccountView extends VerticalLayout {

    final PasswordCard password;
    final MyDataCard data;
    final DeleteAccountCard deletion;
    final RemindersCard reminders;
    final CalendarCard calendar;

    public AccountView(AccountService accounts, SessionSignIn signIn, CurrentUser currentUser, ReminderService reminderService,
                       CalendarService calendarService) {
        addClassName("cg-page");
        addClassName("cg-narrow");
        password = new PasswordCard(accounts, signIn, currentUser);
        data = new MyDataCard(accounts);
        deletion = new DeleteAccountCard(accounts);
        reminders = new RemindersCard(reminderService);
        calendar = new CalendarCard(calendarService);
        add(new H1("Your account"), password, reminders, calendar, data, deletion);
    }
}
