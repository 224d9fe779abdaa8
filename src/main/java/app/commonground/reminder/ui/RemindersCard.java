package app.commonground.reminder.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.TimeOfDay;
import app.commonground.reminder.NewReminderChoices;
import app.commonground.reminder.ReminderChoices;
import app.commonground.reminder.ReminderKind;
import app.commonground.reminder.ReminderService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/** Which reminder emails may wake the person, and their quiet hours, in their browser's time zone. */
public class RemindersCard extends Composite<Div> {

    final CheckboxGroup<ReminderKind> kinds = new CheckboxGroup<>("Email me when");
    final ComboBox<String> quietFrom = TimeOfDay.field("Quiet from");
    final ComboBox<String> quietTo = TimeOfDay.field("until");
    final Button save = new Button("Save reminder choices");
    private final Paragraph zoneNote = new Paragraph();
    private final ReminderService reminders;
    private ZoneId zone = ZoneOffset.UTC;

    public RemindersCard(ReminderService reminders) {
        this.reminders = reminders;
        kinds.setId("reminder-kinds");
        kinds.setItems(ReminderKind.values());
        kinds.setItemLabelGenerator(RemindersCard::label);
        kinds.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        quietFrom.setId("reminder-quiet-from");
        quietTo.setId("reminder-quiet-to");
        save.setId("reminder-save");
        save.addClickListener(click -> save());
        Div quiet = new Div(quietFrom, quietTo);
        quiet.addClassName("cg-quiet-hours");
        Div card = getContent();
        card.addClassNames("cg-panel", "cg-account-card");
        card.setId("reminders");
        card.add(new H2("Reminders by email"),
                new Paragraph("Only when something waits for you and you haven't opened the space for 30 minutes; at "
                        + "most one email a day per space, never what anyone wrote, and never in your quiet hours. "
                        + "Your partner doesn't know whether we sent one."),
                kinds, quiet, zoneNote, save);
        if (!reminders.emailOn()) {
            Paragraph off = new Paragraph("This server doesn't send email yet: your choices apply once it does.");
            off.setId("reminders-off");
            off.addClassName("cg-notice");
            card.addComponentAtIndex(2, off);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        save.setEnabled(false);
        attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            zone = Dates.zoneOf(details.getTimeZoneId()).orElse(ZoneOffset.UTC);
            show(reminders.myChoices(zone));
            save.setEnabled(true);
        });
    }

    private void show(ReminderChoices choices) {
        kinds.setValue(choices.kinds());
        quietFrom.setValue(TimeOfDay.show(choices.quietFrom()));
        quietTo.setValue(TimeOfDay.show(choices.quietTo()));
        zoneNote.setText("Times are in your time zone, " + zone.getId() + ".");
    }

    private void save() {
        Map<String, ComboBox<String>> fields = Map.of("quietFrom", quietFrom, "quietTo", quietTo);
        FieldErrors.clear(fields);
        try {
            reminders.saveMyChoices(new NewReminderChoices(kinds.getValue(), quietFrom.getValue(), quietTo.getValue(), zone));
            Notification.show("Your reminder choices are saved.", 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, fields);
        }
    }

    static String label(ReminderKind kind) {
        return switch (kind) {
            case PROPOSAL -> "my partner proposes something for me to accept";
            case HAND_OVER -> "my partner asks me to take something over";
            case RESTATEMENT -> "my partner restated my words, for me to confirm";
            case REVEAL -> "both sides of a negotiation or check-in are revealed";
            case COUNSELLOR_REQUEST -> "a counsellor asks to observe our space";
            case REVIEW -> "something we agreed on is due for review";
            case CHECKIN_TIME -> "it's our check-in time";
            case SESSION -> "a session with our counsellor is tomorrow";
        };
    }
}
