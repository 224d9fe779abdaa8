package app.commonground;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import tools.jackson.databind.json.JsonMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.awaitility.Awaitility;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application as its own process (a JVM of its own, with the production profile), as one of several app
 * servers behind a load balancer would run. Its output goes to {@code target/app-servers/NAME.log}.
 */
public final class AppServer implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private AppServer(String name, Process process, int port, int managementPort, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** Starts a server on free ports against this PostgreSQL database; {@link #awaitReady} waits for it. */
    static AppServer launch(String name, String databaseUrl) throws IOException {
        return launch(name, databaseUrl, List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Application.class.getName()));
    }

    /**
     * Starts the production jar (built by {@code ./mvnw -Pproduction package}) on free ports against this
     * PostgreSQL database, with these JVM options.
     */
    public static AppServer launchJar(String name, String databaseUrl, Path jar, List<String> jvmOptions)
            throws IOException {
        List<String> java = new ArrayList<>(jvmOptions);
        java.addAll(List.of("-jar", jar.toString()));
        return launch(name, databaseUrl, java);
    }

    private static AppServer launch(String name, String databaseUrl, List<String> java) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        Path log = Path.of("target", "app-servers", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(java);
        command.addAll(List.of(
                "--spring.profiles.active=production",
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + TestPostgres.USER,
                "--spring.main.banner-mode=off"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // a test run that is stopped half-way takes its servers with it
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(process::destroy));
        return new AppServer(name, process, port, managementPort, log);
    }

    /** The operating system's id of the server's process. */
    public long pid() {
        return process.pid();
    }

    /** The address browsers open, ending in a slash. */
    public String url() {
        return "http://localhost:" + port + "/";
    }

    /** A number the server measures about itself, from its management port's metrics. */
    public double metric(String name) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort
                    + "/actuator/metrics/" + name)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return JsonMapper.builder().build().readTree(body).get("measurements").get(0).get("value").asDouble();
        }
    }

    /**
     * Waits until the server answers that it is ready (its database included), for as long as its process keeps
     * working (its CPU time grows): on a busy machine starting takes minutes.
     */
    public void awaitReady() {
        ProcessHandle server = process.toHandle();
        awaitOk(process, URI.create("http://localhost:" + managementPort + "/actuator/health/readiness"),
                new Patience(() -> cpuTime(server), Patience.QUIET), Duration.ofMillis(250), log);
    }

    /** The CPU time the process used so far; where the system does not tell, a fresh object: it may be working. */
    private static Object cpuTime(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Object.class::cast).orElseGet(Object::new);
    }

    /**
     * Waits until {@code uri} answers 200, asking every {@code interval}, at most {@code limit}; fails at once if
     * the process that should answer has stopped (its output is in {@code log}).
     */
    public static void awaitOk(Process process, URI uri, Duration limit, Duration interval, Path log) {
        awaitOk(process, uri, new Patience(() -> null, limit), interval, log);
    }

    private static void awaitOk(Process process, URI uri, Patience patience, Duration interval, Path log) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(uri).build();
        Awaitility.await().forever().pollInterval(interval).pollDelay(Duration.ZERO)
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The server stopped while starting; see " + log);
                    }
                    if (patience.runOut()) {
                        throw new IllegalStateException("The server did not get ready (" + patience.account()
                                + "); see " + log);
                    }
                    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    /** Stops the server as an orchestrator would: SIGTERM, a graceful shutdown, then the end of the process. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** A port nothing listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
