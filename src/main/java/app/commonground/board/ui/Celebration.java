package app.commonground.board.ui;

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
        Span text = new Span(who(item, space) + " achieved: " + item.title());
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

    static String who(ItemView item, SpaceDetails space) {
        boolean viewerIsOwner = space.members().stream()
                .anyMatch(m -> m.isViewer() && m.accountId().equals(item.ownerId()));
        if (item.shared()) {
            return space.viewerIsPartner() ? "Together you"
                    : space.partners().stream().map(Member::name).collect(Collectors.joining(" & "));
        }
        return viewerIsOwner ? "You" : item.ownerName();
    }
}
