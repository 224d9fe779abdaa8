package app.commonground.space.ui;

import app.commonground.base.ui.BackGesture;
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
        Paragraph what = new Paragraph(alone
                ? "You are the only partner here, so leaving deletes this space and everything in it."
                : "Your own goals, hobbies and responsibilities here, your drafts, check-in answers, boundaries, "
                + "self-checks and values are deleted, and negotiations not agreed yet end. " + other + " keeps the "
                + "space, the shared goals, the agreements and the history, and sees that you left.");
        Anchor export = new Anchor("account#my-data", "Download your data first");
        Paragraph first = new Paragraph(export, new Text(" if you'd like a copy."));
        Button leave = new Button(alone ? "Leave and delete this space" : "Leave this space");
        leave.setId("leave-space");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
        leave.addClickListener(click -> confirm(space.id(), "Leave " + space.name() + "?", what.getText(),
                alone ? "Leave and delete" : "Leave", "You left " + space.name(), leaving));
        Div card = new Div(new H2("Leave this space"), what, first, leave);
        card.addClassNames("cg-panel", "cg-leave-card");
        card.setId("leave-card");
        return card;
    }

    /** "Stop observing", for a counsellor. */
    public static Button stopObserving(SpaceDetails space, LeavingService leaving) {
        Button stop = new Button("Stop observing");
        stop.setId("stop-observing");
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        stop.addClickListener(click -> confirm(space.id(), "Stop observing " + space.name() + "?",
                "You no longer see their space. Your own notes stay yours, read-only, under My spaces.",
                "Stop observing", "You stopped observing " + space.name(), leaving));
        return stop;
    }

    private static void confirm(UUID spaceId, String header, String text, String action, String done,
                                LeavingService leaving) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, action, confirmed -> {
            leaving.leave(spaceId);
            UI.getCurrent().navigate("");
            Notification.show(done, 5000, Notification.Position.BOTTOM_CENTER);
        });
        dialog.setCancelable(true);
        dialog.setCancelText("Stay");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("leave-confirm");
        BackGesture.closes(dialog);
        dialog.open();
    }
}
