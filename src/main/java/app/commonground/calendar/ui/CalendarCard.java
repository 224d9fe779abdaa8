package app.commonground.calendar.ui;

import app.commonground.base.ui.BackGesture;
import app.commonground.base.ui.Texts;
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

import static app.commonground.base.ui.Texts.t;

/**
 * The person's private calendar address: what is in it, who can read it, and turning it on, copying it, replacing
 * it and turning it off.
 */
public class CalendarCard extends Composite<Div> {

    final TextField address = Texts.label(new TextField(), "calendar.address");
    final Button copy = Texts.text(new Button(), "calendar.copy");
    final Button turnOn = Texts.text(new Button(), "calendar.on");
    final Button replace = Texts.text(new Button(), "calendar.replace");
    final Button turnOff = Texts.text(new Button(), "calendar.off");

    /** The address and what to do with it, while it is on. */
    final Div shown = new Div();

    private final CalendarService calendars;

    public CalendarCard(CalendarService calendars) {
        this.calendars = calendars;
        address.setId("calendar-address");
        address.setReadOnly(true);
        address.setWidthFull();
        Texts.helper(address, "calendar.address.helper");
        copy.setId("calendar-copy");
        Clipboard.onClick(copy).writeText(address,
                copied -> Notification.show(t("calendar.copied"), 3000, Notification.Position.BOTTOM_CENTER),
                refused -> Notification.show(t("calendar.copy.refused"), 5000, Notification.Position.BOTTOM_CENTER));
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
        card.add(Texts.text(new H2(), "calendar.title"), Texts.text(new Paragraph(), "calendar.about"),
                Texts.text(new Paragraph(), "calendar.private"),
                shown, turnOn);
        show(calendars.myAddress().orElse(null));
    }

    private void show(URI feed) {
        address.setValue(feed == null ? "" : feed.toString());
        shown.setVisible(feed != null);
        turnOn.setVisible(feed == null);
    }

    private void confirmReplace() {
        ConfirmDialog dialog = new ConfirmDialog(t("calendar.replace.header"), t("calendar.replace.text"),
                t("calendar.replace.confirm"), confirmed -> {
            show(calendars.replaceMine());
            Notification.show(t("calendar.replaced"), 5000, Notification.Position.BOTTOM_CENTER);
        });
        dialog.setCancelable(true);
        dialog.setCancelText(t("calendar.replace.keep"));
        dialog.setId("calendar-replace-confirm");
        BackGesture.closes(dialog);
        dialog.open();
    }
}
