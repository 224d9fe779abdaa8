package app.commonground.board.ui;

import app.commonground.base.ui.Texts;
import app.commonground.board.ItemView;
import app.commonground.space.Member;
import app.commonground.space.SpaceDetails;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;

import java.util.stream.Collectors;

/** "Sam achieved: Run a half marathon", shown on every open screen of the space when it happens. */
public final class Celebration {

    private Celebration() {
    }

    public static Notification show(ItemView item, SpaceDetails space) {
        Span text = Texts.text(new Span(), () -> said(item, space));
        text.addClassName("cg-celebration-text");
        Div content = new Div(VaadinIcon.TROPHY.create(), text);
        content.addClassName("cg-celebration");
        Notification notification = new Notification(content);
        notification.addClassName("cg-celebration-toast");
        notification.setPosition(Notification.Position.BOTTOM_CENTER);
        notification.setDuration(4000);
        content.addClickListener(click -> notification.close());
        notification.open();
        return notification;
    }

    /** "You achieved: …", "Together you achieved: …", "Sam achieved: …", "Alex & Sam achieved: …". */
    static String said(ItemView item, SpaceDetails space) {
        if (item.shared()) {
            return space.viewerIsPartner() ? Texts.t("board.celebration", "together", "", item.title())
                    : Texts.t("board.celebration", "couple",
                    space.partners().stream().map(Member::name).collect(Collectors.joining(" & ")), item.title());
        }
        boolean viewerIsOwner = space.members().stream()
                .anyMatch(m -> m.isViewer() && m.accountId().equals(item.ownerId()));
        return viewerIsOwner ? Texts.t("board.celebration", "you", "", item.title())
                : Texts.t("board.celebration", "person", item.ownerName(), item.title());
    }
}
