package app.commonground.base.ui;

import app.commonground.base.live.SpaceBroadcaster;
import app.commonground.base.live.SpaceEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps a component subscribed to one space's events while it is attached, and applies each event
 * inside {@link UI#access}, so the change is pushed to the browser. Survives attach running twice.
 * The update runs as the screen's owner: services reload what that person may see, nothing more.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    /**
     * @param spaceId read at each attach: the space the component shows then (none yet: no subscription)
     */
    public static void follow(Component component, SpaceBroadcaster broadcaster, Supplier<UUID> spaceId,
                              Consumer<SpaceEvent> onEvent) {
        Registration[] subscription = new Registration[1];
        component.addAttachListener(attach -> {
            if (subscription[0] != null) {
                subscription[0].remove();
            }
            UUID space = spaceId.get();
            if (space == null) {
                return;
            }
            UI ui = attach.getUI();
            SecurityContext owner = SecurityContextHolder.getContext();
            subscription[0] = broadcaster.subscribe(space, event -> {
                try {
                    ui.access(() -> runAs(owner, () -> onEvent.accept(event)));
                } catch (UIDetachedException closed) {
                    // the screen closed while the event was on its way: nothing to update
                }
            });
        });
        component.addDetachListener(detach -> {
            if (subscription[0] != null) {
                subscription[0].remove();
                subscription[0] = null;
            }
        });
    }

    private static void runAs(SecurityContext owner, Runnable update) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(owner);
        try {
            update.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
