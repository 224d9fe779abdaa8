package app.commonground;

import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server that the test run starts for itself and throws away at its end: a new cluster in
 * a temporary folder (initdb), on a free port of 127.0.0.1, tuned for speed over durability. Uses the server
 * binaries of the PostgreSQL installed on the machine (Debian's {@code postgresql} package:
 * /usr/lib/postgresql/VERSION/bin), or those in {@code PG_BIN}. PostgreSQL refuses to run as root, so under
 * root it runs as the {@code postgres} user that the package creates.
 */
public final class TestPostgres {

    public static final String USER = "commonground";

    private static TestPostgres running;

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser = "root".equals(System.getProperty("user.name"));

    /** The one server of this test run, started on first use. */
    public static synchronized TestPostgres server() {
        if (running == null) {
            running = new TestPostgres();
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(running::stop));
        }
        return running;
    }

    private TestPostgres() {
        try {
            bin = binaries();
            data = Files.createTempDirectory("common-ground-postgres-");
            port = AppServer.freePort();
            if (asPostgresUser) {
                run("chown", "postgres:postgres", data.toString());
            }
            run(asServerUser(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                    "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"));
            run(asServerUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    data.resolve("server.log").toString(), "-w", "-o",
                    "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c max_connections=200"
                            + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test PostgreSQL server", e);
        }
    }

    /** A new, empty database on this server; returns its JDBC URL. */
    public String createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
            return url(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void stop() {
        try {
            // The test run's Spring contexts close their connections in shutdown hooks of their own, at the
            // same time as this one: a smart shutdown waits for them, so none of them finds the server gone.
            try {
                run(asServerUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "smart", "-t", "20",
                        "stop"));
            } catch (IllegalStateException stillConnected) {
                run(asServerUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
            }
            FileSystemUtils.deleteRecursively(data);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop the test PostgreSQL server in " + data + ": " + e.getMessage());
        }
    }

    private List<String> asServerUser(String... command) {
        List<String> line = new ArrayList<>();
        if (asPostgresUser) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        return line;
    }

    private static void run(String... command) throws IOException {
        run(List.of(command));
    }

    private static void run(List<String> command) throws IOException {
        Path output = Files.createTempFile("common-ground-postgres-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Path binaries() throws IOException {
        String configured = System.getenv("PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.map(version -> version.resolve("bin"))
                        .filter(folder -> Files.isExecutable(folder.resolve("initdb")))
                        .max(Comparator.comparingInt(folder -> Integer.parseInt(folder.getParent().getFileName()
                                .toString().replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        throw new IllegalStateException("No PostgreSQL server binaries found. Install Debian's postgresql package "
                + "(apt-get install postgresql) or set PG_BIN to the folder that holds initdb and pg_ctl.");
    }
}
