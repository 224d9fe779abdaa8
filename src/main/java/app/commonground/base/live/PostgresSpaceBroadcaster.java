package app.commonground.base.live;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Fans events out across app servers that share one PostgreSQL database: each committed change is sent to the
 * other servers with {@code NOTIFY}, as the event's type and ids (events never carry content); each receiving
 * server hands it to its own model of the space, which reads the changed aggregate again.
 * <p>
 * One connection per server listens. When it breaks, the server reconnects and reloads every open space,
 * since notifications sent meanwhile are gone.
 */
@Component
@Primary
@ConditionalOnProperty(name = "common-ground.live.relay", havingValue = "postgres")
public class PostgresSpaceBroadcaster implements SpaceBroadcaster {

    static final String CHANNEL = "common_ground_space_events";
    static final String LISTENER_NAME = "common-ground-live-updates";

    private static final Logger log = LoggerFactory.getLogger(PostgresSpaceBroadcaster.class);
    private static final Duration POLL = Duration.ofSeconds(5);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(10);

    private final LocalSpaceBroadcaster local;
    private final JdbcClient jdbc;
    private final DataSourceProperties database;
    private final String server;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Thread listener;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("space-events-sender").daemon(true).factory());
    private volatile boolean running = true;
    private volatile Connection listening;
    private volatile boolean linked;

    PostgresSpaceBroadcaster(LocalSpaceBroadcaster local, JdbcClient jdbc, DataSourceProperties database,
                             ThisServer server) {
        this.local = local;
        this.jdbc = jdbc;
        this.database = database;
        this.server = server.id();
        this.listener = Thread.ofPlatform().name("space-events-listener").daemon(true).unstarted(this::listen);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startListening() {
        listener.start();
    }

    /** Delivers here at once, and tells the other servers on a thread of its own, in order, off the request. */
    @Override
    public void broadcast(SpaceEvent event) {
        local.broadcast(event);
        tellOthers(event);
    }

    @Override
    public void tellOthers(SpaceEvent event) {
        String message = json.writeValueAsString(new Message(server, event.getClass().getName(), json.valueToTree(event)));
        try {
            sender.execute(() -> tellOthers(event, message));
        } catch (RejectedExecutionException closing) {
            log.info("Not telling the other servers of {}: this server is shutting down", event);
        }
    }

    private void tellOthers(SpaceEvent event, String message) {
        try {
            jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, message).query().singleRow();
        } catch (RuntimeException e) {
            log.warn("Could not tell the other servers of {}; their screens catch up when their link returns", event, e);
        }
    }

    @Override
    public Registration subscribe(UUID spaceId, Consumer<SpaceEvent> listener) {
        return local.subscribe(spaceId, listener);
    }

    /** Whether this server hears the others right now. */
    boolean listening() {
        return linked;
    }

    /** What goes over the wire: the sending server, the event's type, and the event's ids. */
    record Message(String from, String type, JsonNode event) {
    }

    private void listen() {
        boolean missedSome = false;
        Duration retryDelay = Duration.ofMillis(250);
        while (running) {
            try (Connection connection = connect()) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                linked = true;
                if (missedSome) {
                    log.info("Live updates from the other servers are back; open screens reload");
                    local.spacesWithListeners().forEach(space -> local.broadcast(new UpdatesMayBeMissed(space)));
                }
                retryDelay = Duration.ofMillis(250);
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                linked = false;
                if (!running) {
                    return;
                }
                missedSome = true;
                log.warn("Lost the link to the other servers' live updates ({}); reconnecting in {} ms",
                        e.getMessage(), retryDelay.toMillis());
                sleep(retryDelay);
                retryDelay = retryDelay.multipliedBy(2).compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY
                        : retryDelay.multipliedBy(2);
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
            if (notifications == null || notifications.length == 0) {
                try (Statement alive = connection.createStatement()) {
                    alive.execute("select 1");
                }
                continue;
            }
            for (PGNotification notification : notifications) {
                deliver(notification.getParameter());
            }
        }
    }

    private void deliver(String payload) {
        try {
            Message message = json.readValue(payload, Message.class);
            if (server.equals(message.from())) {
                return;
            }
            Class<?> type = Class.forName(message.type(), false, getClass().getClassLoader());
            if (!SpaceEvent.class.isAssignableFrom(type) || !type.isRecord()) {
                log.warn("Ignored a notification of an unknown kind: {}", message.type());
                return;
            }
            local.broadcast((SpaceEvent) json.treeToValue(message.event(), type));
        } catch (ClassNotFoundException | RuntimeException e) {
            log.warn("Ignored a notification that could not be read ({}): {}", e.getMessage(), payload);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.determineUsername());
        String password = database.determinePassword();
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", LISTENER_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(database.determineUrl(), properties);
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends what is still queued (the database closes after this), then stops listening. */
    @PreDestroy
    void stop() {
        sender.close();
        running = false;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        listener.interrupt();
    }
}
