package app.commonground.page;

import app.commonground.account.AccountService;
import app.commonground.account.ui.DeleteAccountCard;
import app.commonground.account.ui.LanguageCard;
import app.commonground.account.ui.MyDataCard;
import app.commonground.account.ui.PasswordCard;
import app.commonground.base.ui.Texts;
import app.commonground.calendar.CalendarService;
import app.commonground.calendar.ui.CalendarCard;
import app.commonground.reminder.ReminderService;
import app.commonground.reminder.ui.RemindersCard;
import app.commonground.security.CurrentUser;
import app.commonground.security.SessionSignIn;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The person's account: their language, their password, their reminders, their calendar, their data, and deleting it all. */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    final PasswordCard password;
    final MyDataCard data;
    final DeleteAccountCard deletion;
    final RemindersCard reminders;
    final CalendarCard calendar;
    final LanguageCard language;

    public AccountView(AccountService accounts, SessionSignIn signIn, CurrentUser currentUser, ReminderService reminderService,
                       CalendarService calendarService) {
        addClassName("cg-page");
        addClassName("cg-narrow");
        password = new PasswordCard(accounts, signIn, currentUser);
        data = new MyDataCard(accounts);
        deletion = new DeleteAccountCard(accounts);
        reminders = new RemindersCard(reminderService);
        calendar = new CalendarCard(calendarService);
        language = new LanguageCard(accounts);
        add(Texts.text(new H1(), "account.title"), language, password, reminders, calendar, data, deletion);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("account.pageTitle");
    }
}
