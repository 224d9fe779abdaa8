package app.commonground.reminder.ui;

import app.commonground.base.ui.CardPage;
import app.commonground.base.ui.InAppLink;
import app.commonground.base.ui.Texts;
import app.commonground.reminder.ReminderService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The "stop these emails" link of every reminder, without signing in: one button turns every reminder off for the
 * person the link was made for (a button, so a mail scanner that opens the link changes nothing).
 */
@Route(value = "reminders/unsubscribe/:token", autoLayout = false)
@AnonymousAllowed
public class UnsubscribeView extends Composite<CardPage> implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph outcome = Texts.text(new Paragraph(), "unsubscribe.ask");
    final Button stop = Texts.text(new Button(), "unsubscribe.stop");
    private final ReminderService reminders;
    private String token = "";

    public UnsubscribeView(ReminderService reminders) {
        this.reminders = reminders;
        outcome.setId("unsubscribe-outcome");
        stop.setId("unsubscribe");
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.addClickListener(click -> {
            boolean done = reminders.unsubscribe(token);
            Texts.text(outcome, done ? "unsubscribe.done" : "unsubscribe.broken");
            stop.setVisible(false);
        });
    }

    @Override
    protected CardPage initContent() {
        Paragraph again = new Paragraph(Texts.text(new Span(), "unsubscribe.again"), new Text(" "),
                Texts.text(InAppLink.to("account"), "unsubscribe.account"));
        again.addClassName("cg-aside");
        return new CardPage(Texts.t("unsubscribe.title"), Texts.t("unsubscribe.lead")).add(outcome, stop, again);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("unsubscribe.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
    }
}
