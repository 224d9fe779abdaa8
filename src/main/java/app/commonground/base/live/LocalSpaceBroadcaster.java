package app.commonground.base.live;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** Delivers events to listeners in this JVM, on a small pool of daemon threads. */
@Component
class LocalSpaceBroadcaster implements SpaceBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(LocalSpaceBroadcaster.class);

    private final Map<UUID, Set<Consumer<SpaceEvent>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("space-broadcast-", 0).daemon(true).factory());

    private final ApplicationContext context;
    private volatile boolean closing;

    LocalSpaceBroadcaster(ApplicationContext context) {
        this.context = context;
    }

    /**
     * Once this server is shutting down its screens are about to go (they reconnect through another server):
     * they are not updated any more, so no update reaches for a database connection that is closing.
     */
    @EventListener
    void serverClosing(ContextClosedEvent closed) {
        if (closed.getApplicationContext() == context) {
            closing = true;
        }
    }

    @Override
    public void broadcast(SpaceEvent event) {
        if (closing) {
            return;
        }
        Set<Consumer<SpaceEvent>> current = listeners.get(event.spaceId());
        if (current == null) {
            return;
        }
        for (Consumer<SpaceEvent> listener : current) {
            executor.execute(() -> deliver(listener, event));
        }
    }

    /** With one server there is nobody else to tell. */
    @Override
    public void tellOthers(SpaceEvent event) {
    }

    @Override
    public Registration subscribe(UUID spaceId, Consumer<SpaceEvent> listener) {
        listeners.computeIfAbsent(spaceId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(spaceId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** The spaces that some screen of this server is listening to right now. */
    Set<UUID> spacesWithListeners() {
        return Set.copyOf(listeners.keySet());
    }

    private static void deliver(Consumer<SpaceEvent> listener, SpaceEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            log.warn("A listener failed to take {}", event, e);
        }
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
