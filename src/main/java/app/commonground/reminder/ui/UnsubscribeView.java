package app.commonground.reminder.ui;

import app.commonground.base.ui.CardPage;
import app.commonground.base.ui.InAppLink;
import app.commonground.reminder.ReminderService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The "stop these emails" link of every reminder, without signing in: one button turns every reminder off for the
 * person the link was made for (a button, so a mail scanner that opens the link changes nothing).
 */
@Route(value = "reminders/unsubscribe/:token", autoLayout = false)
@PageTitle("Reminders · Common Ground")
@AnonymousAllowed
public class UnsubscribeView extends Composite<CardPage> implements BeforeEnterObserver {

    final Paragraph outcome = new Paragraph("Stop all reminder emails from Common Ground?");
    final Button stop = new Button("Stop them");
    private final ReminderService reminders;
    private String token = "";

    public UnsubscribeView(ReminderService reminders) {
        this.reminders = reminders;
        outcome.setId("unsubscribe-outcome");
        stop.setId("unsubscribe");
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.addClickListener(click -> {
            boolean done = reminders.unsubscribe(token);
            outcome.setText(done ? "Done: you won't get reminder emails from Common Ground any more."
                    : "This link doesn't work (it may be incomplete). Sign in to choose your reminders on your "
                    + "account page.");
            stop.setVisible(false);
        });
    }

    @Override
    protected CardPage initContent() {
        Paragraph again = new Paragraph("You can turn them back on, or keep only some, on your account page. ");
        again.add(InAppLink.to("account", "Your account"));
        again.addClassName("cg-aside");
        return new CardPage("Reminder emails", "Gentle, and only when you want them.").add(outcome, stop, again);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
    }
}
