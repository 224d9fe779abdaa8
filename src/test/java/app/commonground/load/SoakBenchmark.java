package app.commonground.load;

import app.commonground.Application;
import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemView;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.space.SpaceService;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * The app as {@code ./mvnw} runs it (H2 in a file, demo data, the connection pool's default settings), kept
 * busy for a long time: every few seconds Alex renames a goal through the page as a browser does (Sam's
 * screen open beside it, receiving the pushes), and every tenth time a goal and a responsibility are also
 * added. Each save is read back. Prints every error the app logs and every save that did not stick, and a
 * summary at the end; asserts nothing. Runs past the pool's 30-minute connection lifetime twice by default:
 * <pre>
 * ./mvnw -q test-compile surefire:test -Dtest=SoakBenchmark [-Dsoak.minutes=60] [-Dsoak.save-every=3]
 * </pre>
 */
class SoakBenchmark {

    private static final Duration RUN = Duration.ofMinutes(Long.getLong("soak.minutes", 60));
    private static final Duration SAVE_EVERY = Duration.ofSeconds(Long.getLong("soak.save-every", 3));
    private static final String PASSWORD = "together123";

    @TempDir
    Path dataFolder;

    private final List<String> errors = new CopyOnWriteArrayList<>();

    @Test
    void the_app_keeps_saving_for_an_hour() throws Exception {
        ErrorsInTheLog log = new ErrorsInTheLog();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--COMMON_GROUND_DATA=" + dataFolder, "--spring.main.banner-mode=off",
                "--logging.level.root=warn")) {
            log.start();
            String url = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + "/";
            UUID space = as(app, "alex@example.com", () -> app.getBean(SpaceService.class).mySpaces().getFirst().id());
            BoardService board = app.getBean(BoardService.class);
            ItemView goal = as(app, "alex@example.com", () -> board.add(space, BoardService.Placement.MINE,
                    ItemDraft.idea(ItemKind.GOAL, "Soak goal")));
            HttpClient http = HttpClient.newHttpClient();
            AtomicInteger pushesToSam = new AtomicInteger();
            try (VaadinClient alex = new VaadinClient(http, url, (self, message) -> { });
                 VaadinClient sam = new VaadinClient(http, url, (self, message) -> pushesToSam.incrementAndGet())) {
                alex.signIn("alex@example.com", PASSWORD);
                alex.open("spaces/" + space);
                sam.signIn("sam@example.com", PASSWORD);
                sam.open("spaces/" + space);
                awaitNode(alex, "open-" + goal.id());

                Instant start = Instant.now();
                AtomicInteger saves = new AtomicInteger();
                AtomicInteger lost = new AtomicInteger();
                ScheduledExecutorService pacing = Executors.newSingleThreadScheduledExecutor();
                pacing.scheduleWithFixedDelay(() -> {
                    int number = saves.incrementAndGet();
                    String title = "Soak " + number;
                    try {
                        rename(alex, goal.id(), title);
                        await().atMost(Duration.ofSeconds(10))
                                .until(() -> as(app, "alex@example.com", () -> board.item(goal.id())).title().equals(title));
                        if (number % 10 == 0) {
                            as(app, "sam@example.com", () -> board.add(space, BoardService.Placement.MINE,
                                    ItemDraft.idea(ItemKind.HOBBY, "Soak hobby " + title)));
                            as(app, "sam@example.com", () -> app.getBean(ResponsibilityService.class).propose(space,
                                    new ResponsibilityDraft("Soak chore " + title, Area.HOUSEHOLD, null, Cadence.WEEKLY,
                                            "Done", 5, null)));
                        }
                        if (number % 20 == 0) {
                            alex.heartbeat();
                            sam.heartbeat();
                        }
                    } catch (Exception | AssertionError e) {
                        lost.incrementAndGet();
                        System.out.printf("%s save %d failed: %s%n", Instant.now(), number, e);
                    }
                    if (number % 100 == 0) {
                        System.out.printf("%s: %d saves, %d failed, %d errors logged, %d pushes to Sam, pool: %s%n",
                                Duration.between(start, Instant.now()).toMinutes() + " min", number, lost.get(),
                                errors.size(), pushesToSam.get(), pool(app));
                    }
                }, 0, SAVE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                pacing.schedule(pacing::shutdown, RUN.toMillis(), TimeUnit.MILLISECONDS);
                pacing.awaitTermination(RUN.toMinutes() + 5, TimeUnit.MINUTES);
                System.out.printf("Soak over %d min: %d saves, %d failed, %d errors logged, %d pushes to Sam%n",
                        RUN.toMinutes(), saves.get(), lost.get(), errors.size(), pushesToSam.get());
                errors.forEach(System.out::println);
            }
        } finally {
            log.stop();
        }
    }

    private static void rename(VaadinClient client, UUID goal, String title) throws Exception {
        client.click("open-" + goal);
        awaitNode(client, "item-save");
        client.type("item-title", title);
        client.click("item-save");
        Integer dialog = client.nodeWithTag("vaadin-dialog");
        if (dialog != null) {
            client.fire(dialog, "closed");
        }
    }

    private static void awaitNode(VaadinClient client, String id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> client.node(id) != null);
    }

    private static String pool(ConfigurableApplicationContext app) {
        var pool = app.getBean(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean();
        return pool.getTotalConnections() + " connections, " + pool.getActiveConnections() + " in use";
    }

    private static <T> T as(ConfigurableApplicationContext app, String email, Supplier<T> action) {
        UserDetails person = app.getBean(UserDetailsService.class).loadUserByUsername(email);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Every error the app logs, printed as it happens and kept for the summary. */
    private final class ErrorsInTheLog extends AppenderBase<ILoggingEvent> {

        @Override
        public void start() {
            setContext((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory());
            ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(this);
            super.start();
        }

        @Override
        public void stop() {
            ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(this);
            super.stop();
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                String line = Instant.ofEpochMilli(event.getTimeStamp()) + " " + event.getLoggerName() + ": "
                        + event.getFormattedMessage()
                        + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage());
                errors.add(line);
                System.out.println("ERROR LOGGED " + line);
            }
        }
    }
}
