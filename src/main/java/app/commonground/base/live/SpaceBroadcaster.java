package app.commonground.base.live;

import com.vaadin.flow.shared.Registration;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Fans space events out to the screens that have that space open. The one seam between "something
 * changed" and "open screens hear of it", so another transport (several server nodes) can replace the
 * local one without touching views.
 */
public interface SpaceBroadcaster {

    /** Delivers {@code event} to every listener of its space, asynchronously, never on the caller's thread. */
    void broadcast(SpaceEvent event);

    /** Delivers {@code event} to the other app servers only (none: nothing to do), never on the caller's thread. */
    void tellOthers(SpaceEvent event);

    /** Listens to the events of one space until the returned registration is removed. */
    Registration subscribe(UUID spaceId, Consumer<SpaceEvent> listener);
}
