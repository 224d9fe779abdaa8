package app.commonground;

import app.commonground.base.live.SpaceEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every space event the application publishes, for tests that check what a push may carry. */
@TestConfiguration
public class SpaceEvents {

    public final List<SpaceEvent> events = new CopyOnWriteArrayList<>();

    @EventListener
    void record(SpaceEvent event) {
        events.add(event);
    }
}
