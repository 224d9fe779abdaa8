package app.commonground.calendar.ui;

import app.commonground.base.ui.BackGesture;
import app.commonground.calendar.CalendarService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.net.URI;

/**
 * The person's private calendar address: what is in it, who can read it, and turning it on, copying it, replacing
 * it and turning it off.
 */
public class CalendarCard extends Composite<Div> {

    final TextField address = new TextField("Your calendar address");
    final Button copy = new Button("Copy");
    final Button turnOn = new Button("Show my calendar address");
    final Button replace = new Button("Replace the address");
    final Button turnOff = new Button("Turn off");

    /** The address and what to do with it, while it is on. */
    final Div shown = new Div();

    private final CalendarService calendars;

    public CalendarCard(CalendarService calendars) {
        this.calendars = calendars;
        address.setId("calendar-address");
        address.setReadOnly(true);
        address.setWidthFull();
        address.setHelperText("Add it to your calendar app as a subscription (\u201cFrom URL\u201d, \u201cSubscribe\u201d).");
        copy.setId("calendar-copy");
        Clipboard.onClick(copy).writeText(address,
                copied -> Notification.show("Copied your calendar address.", 3000, Notification.Position.BOTTOM_CENTER),
                refused -> Notification.show("Couldn't copy it: select the address and copy it yourself.", 5000,
                        Notification.Position.BOTTOM_CENTER));
        turnOn.setId("calendar-on");
        turnOn.addClickListener(click -> show(calendars.turnOnMine()));
        replace.setId("calendar-replace");
        replace.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        replace.addClickListener(click -> confirmReplace());
        turnOff.setId("calendar-off");
        turnOff.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        turnOff.addClickListener(click -> {
            calendars.turnOffMine();
            show(null);
        });
        HorizontalLayout actions = new HorizontalLayout(copy, replace, turnOff);
        actions.setWrap(true);
        shown.add(address, actions);
        Div card = getContent();
        card.addClassNames("cg-panel", "cg-account-card");
        card.setId("calendar");
        card.add(new H2("Your calendar"),
                new Paragraph("Your check-in times, the review dates of what you agreed on and your sessions with a "
                        + "counsellor, in the calendar app you use. It updates by itself."),
                new Paragraph("Anyone with the address sees those dates and their titles (never what anyone wrote), "
                        + "so keep it to yourself. If it got out, replace it."),
                shown, turnOn);
        show(calendars.myAddress().orElse(null));
    }

    private void show(URI feed) {
        address.setValue(feed == null ? "" : feed.toString());
        shown.setVisible(feed != null);
        turnOn.setVisible(feed == null);
    }

    private void confirmReplace() {
        ConfirmDialog dialog = new ConfirmDialog("Replace your calendar address?",
                "The old address stops working at once: calendars that use it show nothing more from here until "
                        + "you add the new one.",
                "Replace it", confirmed -> {
            show(calendars.replaceMine());
            Notification.show("Your calendar has a new address. Add it to your calendar app again.", 5000,
                    Notification.Position.BOTTOM_CENTER);
        });
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.setId("calendar-replace-confirm");
        BackGesture.closes(dialog);
        dialog.open();
    }
}
