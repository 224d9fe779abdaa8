package app.commonground.space.ui;

import app.commonground.base.ui.BackGesture;
import app.commonground.base.ui.Texts;
import app.commonground.space.LeavingService;
import app.commonground.space.SpaceDetails;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;

import java.util.UUID;
import java.util.function.Supplier;

import static app.commonground.base.ui.Texts.t;

/**
 * Leaving a space, with what it means said first: for a partner, a card on the space's settings; for a
 * counsellor, "Stop observing". Either asks once more before it happens.
 */
public final class Leaving {

    private Leaving() {
    }

    /** The settings card for a partner. */
    public static Div card(SpaceDetails space, LeavingService leaving) {
        boolean alone = space.partners().size() < 2;
        String other = space.partners().stream().filter(p -> !p.isViewer()).map(p -> p.name()).findFirst().orElse("");
        Supplier<String> whatItMeans = () -> alone ? t("leaving.alone") : t("leaving.together", other);
        Paragraph what = Texts.text(new Paragraph(), whatItMeans);
        Anchor export = Texts.text(new Anchor("account#my-data", ""), "leaving.export");
        Paragraph first = new Paragraph(export, Texts.text(new Text(""), "leaving.export.after"));
        Button leave = Texts.text(new Button(), alone ? "leaving.leaveAndDelete" : "leaving.leave");
        leave.setId("leave-space");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
        leave.addClickListener(click -> confirm(space.id(), () -> t("leaving.confirm.header", space.name()),
                whatItMeans, () -> alone ? t("leaving.confirm.leaveAndDelete") : t("leaving.confirm.leave"),
                () -> t("leaving.done", space.name()), leaving));
        Div card = new Div(Texts.text(new H2(), "leaving.title"), what, first, leave);
        card.addClassNames("cg-panel", "cg-leave-card");
        card.setId("leave-card");
        return card;
    }

    /** "Stop observing", for a counsellor. */
    public static Button stopObserving(SpaceDetails space, LeavingService leaving) {
        Button stop = Texts.text(new Button(), "leaving.stopObserving");
        stop.setId("stop-observing");
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        stop.addClickListener(click -> confirm(space.id(), () -> t("leaving.stopObserving.header", space.name()),
                () -> t("leaving.stopObserving.about"), () -> t("leaving.stopObserving.confirm"),
                () -> t("leaving.stopObserving.done", space.name()), leaving));
        return stop;
    }

    private static void confirm(UUID spaceId, Supplier<String> header, Supplier<String> text, Supplier<String> action,
                                Supplier<String> done, LeavingService leaving) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addConfirmListener(confirmed -> {
            leaving.leave(spaceId);
            UI.getCurrent().navigate("");
            Notification.show(done.get(), 5000, Notification.Position.BOTTOM_CENTER);
        });
        Texts.bind(dialog, "header", header, dialog::setHeader);
        Texts.bind(dialog, "text", text, dialog::setText);
        Texts.bind(dialog, "confirm", action, dialog::setConfirmText);
        dialog.setCancelable(true);
        Texts.bind(dialog, "cancel", () -> t("leaving.stay"), dialog::setCancelText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("leave-confirm");
        BackGesture.closes(dialog);
        dialog.open();
    }
}
