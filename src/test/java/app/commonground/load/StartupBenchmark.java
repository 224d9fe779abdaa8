package app.commonground.load;

import app.commonground.AppServer;
import app.commonground.Latencies;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Time from launching the production jar to the first page served (the sign-in page answering 200), and the
 * process's resident memory then, three starts each: the jar as built, the jar extracted (Spring Boot's
 * {@code jarmode=tools extract}), and the extracted jar with a JDK ahead-of-time cache made by a training
 * run ({@code -XX:AOTCacheOutput}, JDK 25). Each start gets an empty H2 file and no demo data. Prints;
 * asserts nothing. Not part of the normal test run:
 * <pre>
 * ./mvnw -Pproduction -DskipTests package
 * ./mvnw -q test-compile surefire:test -Dtest=StartupBenchmark
 * </pre>
 */
class StartupBenchmark {

    private static final int STARTS = 3;
    private static final Path WORK = Path.of("target", "startup");

    @Test
    void prints_the_time_to_the_first_page_with_and_without_an_ahead_of_time_cache() throws Exception {
        Path jar = LoadBenchmark.productionJar();
        Path extracted = WORK.resolve("app");
        FileSystemUtils.deleteRecursively(WORK);
        run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", extracted.toString()));
        Path extractedJar = extracted.resolve(jar.getFileName());
        Path cache = WORK.resolve("app.aot");
        long trainingStart = System.nanoTime();
        run(List.of(java(), "-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh", "-jar",
                extractedJar.toString(), "--COMMON_GROUND_DATA=" + Files.createTempDirectory("cg-training"),
                "--common-ground.demo-data=false"));
        double trainingSeconds = (System.nanoTime() - trainingStart) / 1e9;

        List<String> rows = new ArrayList<>();
        rows.add(measure("production jar (java -jar)", List.of("-jar", jar.toString())));
        rows.add(measure("extracted jar", List.of("-jar", extractedJar.toString())));
        rows.add(measure("extracted jar + AOT cache", List.of("-XX:AOTCache=" + cache, "-jar", extractedJar.toString())));

        System.out.printf(Locale.ROOT, "%nStart-up to the first page served, %d starts each, on this machine (%d cores); "
                        + "the AOT cache (%d MB) took a %.0f s training run:%n%-28s %12s %12s %12s%n%s%n%n", STARTS,
                Runtime.getRuntime().availableProcessors(), Files.size(cache) / (1024 * 1024), trainingSeconds,
                "", "median s", "best s", "RSS MB", String.join("\n", rows));
    }

    private String measure(String label, List<String> launch) throws Exception {
        Latencies seconds = new Latencies();
        Latencies rss = new Latencies();
        for (int start = 0; start < STARTS; start++) {
            int port = AppServer.freePort();
            List<String> command = new ArrayList<>(List.of(java()));
            command.addAll(launch);
            command.addAll(List.of("--server.port=" + port, "--COMMON_GROUND_DATA=" + Files.createTempDirectory("cg-start"),
                    "--common-ground.demo-data=false", "--spring.main.banner-mode=off"));
            long launched = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(WORK.resolve("start.log").toFile()).start();
            try {
                AppServer.awaitOk(process, URI.create("http://localhost:" + port + "/login"), Duration.ofMinutes(3),
                        Duration.ofMillis(20), WORK.resolve("start.log"));
                seconds.add((System.nanoTime() - launched) / 1e9);
                rss.add(residentMegabytes(process.pid()));
            } finally {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        return String.format(Locale.ROOT, "%-28s %12.1f %12.1f %12.0f", label, seconds.percentile(50), seconds.min(),
                rss.percentile(50));
    }

    private static double residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("prepare.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + WORK.resolve("prepare.log"));
        }
    }
}
