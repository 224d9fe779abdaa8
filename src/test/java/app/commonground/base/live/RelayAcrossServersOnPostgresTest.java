package app.commonground.base.live;

import app.commonground.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two app servers on one PostgreSQL database: this test's application and a second relay built beside it,
 * each with its own listening connection and its own screens.
 */
@IntegrationTest
class RelayAcrossServersOnPostgresTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    SpaceBroadcaster firstServer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSourceProperties database;
    @Autowired
    ApplicationContext context;

    PostgresSpaceBroadcaster secondServer;
    final UUID space = UUID.randomUUID();
    final BlockingQueue<SpaceEvent> onSecondServer = new LinkedBlockingQueue<>();
    final BlockingQueue<SpaceEvent> onFirstServer = new LinkedBlockingQueue<>();

    @BeforeEach
    void startASecondServer() {
        assertThat(firstServer).isInstanceOf(PostgresSpaceBroadcaster.class);
        secondServer = new PostgresSpaceBroadcaster(new LocalSpaceBroadcaster(context), jdbc, database, new ThisServer());
        secondServer.startListening();
        secondServer.subscribe(space, onSecondServer::add);
        firstServer.subscribe(space, onFirstServer::add);
        await().atMost(PATIENCE).until(secondServer::listening);
    }

    @AfterEach
    void stopTheSecondServer() {
        secondServer.stop();
    }

    @Test
    void a_change_committed_on_one_server_reaches_the_screens_of_the_other_as_the_same_event() throws InterruptedException {
        UUID item = UUID.randomUUID();
        firstServer.broadcast(changed(item));

        assertThat(next(onSecondServer)).isEqualTo(changed(item));
        assertThat(next(onFirstServer)).isEqualTo(changed(item));
    }

    @Test
    void a_server_delivers_its_own_change_once_not_again_when_its_notification_comes_back() throws InterruptedException {
        firstServer.broadcast(changed(null));
        secondServer.broadcast(changed(null));
        for (int delivered = 0; delivered < 2; delivered++) {
            next(onFirstServer);
            next(onSecondServer);
        }

        assertThat(onFirstServer.poll(1, TimeUnit.SECONDS)).isNull();
        assertThat(onSecondServer.poll(0, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void a_notification_that_names_anything_but_a_space_event_is_ignored() throws InterruptedException {
        notifyRaw("{\"from\":\"elsewhere\",\"type\":\"java.lang.ProcessBuilder\",\"event\":{\"spaceId\":\"" + space + "\"}}");
        notifyRaw("not json at all");
        UUID item = UUID.randomUUID();
        firstServer.broadcast(changed(item));

        assertThat(next(onSecondServer)).isEqualTo(changed(item));
        assertThat(onSecondServer).isEmpty();
    }

    @Test
    void a_server_that_loses_its_listening_connection_reconnects_and_tells_its_screens_to_reload() throws InterruptedException {
        jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?")
                .param(PostgresSpaceBroadcaster.LISTENER_NAME).query().listOfRows();

        assertThat(next(onSecondServer)).isEqualTo(new UpdatesMayBeMissed(space));
        UUID item = UUID.randomUUID();
        firstServer.broadcast(changed(item));
        SpaceEvent afterReconnect = next(onSecondServer);
        while (afterReconnect instanceof UpdatesMayBeMissed) {
            afterReconnect = next(onSecondServer);
        }
        assertThat(afterReconnect).isEqualTo(changed(item));
    }

    /** What a server says after a change: ids and a revision, never content. */
    private ModelChanged changed(UUID aggregate) {
        return new ModelChanged(space, "a server", 7, 7,
                List.of(new ModelChanged.Touched("app.commonground.board.Board", aggregate)));
    }

    private static SpaceEvent next(BlockingQueue<SpaceEvent> events) throws InterruptedException {
        SpaceEvent event = events.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(event).as("an event within " + PATIENCE).isNotNull();
        return event;
    }

    private void notifyRaw(String payload) {
        jdbc.sql("select pg_notify(?, ?)").params(PostgresSpaceBroadcaster.CHANNEL, payload).query().singleRow();
    }
}
