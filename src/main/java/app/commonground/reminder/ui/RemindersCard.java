package app.commonground.reminder.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.Texts;
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

    final CheckboxGroup<ReminderKind> kinds = Texts.label(new CheckboxGroup<>(), "reminders.kinds");
    final ComboBox<String> quietFrom = Texts.label(TimeOfDay.field(), "reminders.quietFrom");
    final ComboBox<String> quietTo = Texts.label(TimeOfDay.field(), "reminders.quietTo");
    final Button save = Texts.text(new Button(), "reminders.save");
    private final Paragraph zoneNote = new Paragraph();
    private final ReminderService reminders;
    private ZoneId zone = ZoneOffset.UTC;

    public RemindersCard(ReminderService reminders) {
        this.reminders = reminders;
        kinds.setId("reminder-kinds");
        kinds.setItems(ReminderKind.values());
        Texts.bind(kinds, "items", () -> "", unused -> kinds.setItemLabelGenerator(RemindersCard::label));
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
        card.add(Texts.text(new H2(), "reminders.title"), Texts.text(new Paragraph(), "reminders.about"),
                kinds, quiet, zoneNote, save);
        if (!reminders.emailOn()) {
            Paragraph off = Texts.text(new Paragraph(), "reminders.emailOff");
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
        Texts.text(zoneNote, "reminders.zone", zone.getId());
    }

    private void save() {
        Map<String, ComboBox<String>> fields = Map.of("quietFrom", quietFrom, "quietTo", quietTo);
        FieldErrors.clear(fields);
        try {
            reminders.saveMyChoices(new NewReminderChoices(kinds.getValue(), quietFrom.getValue(), quietTo.getValue(), zone));
            Notification.show(Texts.t("reminders.saved"), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refused) {
            FieldErrors.show(refused, fields);
        }
    }

    static String label(ReminderKind kind) {
        return switch (kind) {
            case PROPOSAL -> Texts.t("reminders.kind.proposal");
            case HAND_OVER -> Texts.t("reminders.kind.handOver");
            case RESTATEMENT -> Texts.t("reminders.kind.restatement");
            case REVEAL -> Texts.t("reminders.kind.reveal");
            case COUNSELLOR_REQUEST -> Texts.t("reminders.kind.counsellorRequest");
            case REVIEW -> Texts.t("reminders.kind.review");
            case CHECKIN_TIME -> Texts.t("reminders.kind.checkinTime");
            case SESSION -> Texts.t("reminders.kind.session");
        };
    }
}
