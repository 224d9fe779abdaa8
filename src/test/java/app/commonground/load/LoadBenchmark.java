package app.commonground.load;

import app.commonground.AppServer;
import app.commonground.BrowserTest;
import app.commonground.SaveToScreenClock;
import app.commonground.IntegrationTest;
import app.commonground.Latencies;
import app.commonground.OnPostgres;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Couple;
import app.commonground.TestPeople.Person;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;

/**
 * Many couples at once against the production jar on PostgreSQL, through the protocol a browser speaks
 * ({@link VaadinClient}): every partner and every counsellor (one per ten couples) signs in and keeps the
 * space page open with its push connection; each partner renames one of their own goals every
 * {@code load.save-every} seconds, and every other open screen of that space notes when the new title
 * arrives. The first {@code load.warm-up} seconds of saves only warm the server up and do not count. For each number of couples the server is started afresh, and this prints save-to-other-screen
 * latency, saves per second, the server's CPU, its heap per open screen, errors and lost pushes.
 * With {@code -Dload.servers=2}, two production jars share the database and the clients are split as a load
 * balancer with sticky sessions would split them (see {@link Level#connect}): every save then reaches the other
 * partner through the other server (PostgreSQL {@code LISTEN/NOTIFY}); CPU and heap are the two servers' sums.
 * Prints; asserts nothing. Not part of the normal test run:
 * <pre>
 * ./mvnw -Pproduction -DskipTests package
 * ./mvnw -q test-compile surefire:test -Dtest=LoadBenchmark [-Dload.couples=50,200,500,1000] [-Dload.servers=2]
 * </pre>
 * Clients and servers run on the same machine and share its cores.
 */
@IntegrationTest
@OnPostgres
class LoadBenchmark {

    private static final List<Integer> LEVELS = Arrays.stream(System.getProperty("load.couples", "50,200,500,1000")
            .split(",")).map(String::trim).map(Integer::parseInt).toList();
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("load.seconds", 60));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("load.warm-up", 30));
    private static final Duration SAVE_EVERY = Duration.ofSeconds(Long.getLong("load.save-every", 10));
    private static final Duration LATE = Duration.ofSeconds(30);
    /** At this number of couples, two headless Chromium pages also time saves with their own clocks (0: never). */
    private static final int BROWSERS_AT = Integer.getInteger("load.browsers-at", 0);
    /** How many saves the two browsers time, after how many warm-up saves of their own. */
    private static final int BROWSER_SAVES = Integer.getInteger("load.browser-saves", 12);
    private static final int BROWSER_WARM_UP = Integer.getInteger("load.browser-warm-up", 3);
    /** When set, the server's class histogram with every screen open is written to this folder, one file per level. */
    private static final String HISTOGRAMS = System.getProperty("load.histograms");
    /** How many production jars share the database and the clients: 1, or 2 as behind the load balancer. */
    private static final int SERVERS = Integer.getInteger("load.servers", 1);
    private static final List<String> SERVER_JVM = List.of(System.getProperty("load.server-jvm", "-Xmx4g")
            .split(" "));

    @Autowired
    TestPeople people;
    @Autowired
    BoardService board;
    @Autowired
    DataSourceProperties database;

    private Couple browserCouple;

    /** A seeded couple: their space, one goal of each partner, and the counsellor who watches it, if any. */
    record LoadCouple(UUID spaceId, Person first, UUID firstItem, Person second, UUID secondItem,
                      Person watchingCounsellor) {
    }

    @Test
    void prints_latency_throughput_cpu_and_memory_for_each_number_of_couples() throws Exception {
        Path jar = productionJar();
        long seedStart = System.nanoTime();
        List<LoadCouple> couples = seed(Collections.max(LEVELS));
        browserCouple = people.newPartners();
        people.as(browserCouple.first(), () -> board.add(browserCouple.spaceId(), Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Browser 0")));
        System.out.printf(Locale.ROOT, "%nSeeded %d couples through the services in %.0f s%n", couples.size(),
                (System.nanoTime() - seedStart) / 1e9);
        List<String> rows = new ArrayList<>();
        for (int level : LEVELS) {
            String row = run(jar, couples.subList(0, level));
            rows.add(row);
            System.out.println(row);
        }
        System.out.printf(Locale.ROOT, "%nLoad: each partner saves every %d s for %d s after %d s of warm-up; counsellors watch one space "
                        + "per ten couples; %s on this machine (%d cores).%n%s%n%s%n%n", SAVE_EVERY.toSeconds(),
                RUN.toSeconds(), WARM_UP.toSeconds(), mode(), Runtime.getRuntime().availableProcessors(), Level.HEADER,
                String.join("\n", rows));
    }

    /** Which mode ran: one server, or several on one database with each couple's partners on different ones. */
    private static String mode() {
        String jvm = String.join(" ", SERVER_JVM);
        return SERVERS == 1 ? "1 server: production jar, " + jvm + ", PostgreSQL; client and server"
                : SERVERS + " servers: production jars, " + jvm + " each, one PostgreSQL database, the partners of "
                + "a couple on different servers and counsellors alternating; client and servers";
    }

    private String run(Path jar, List<LoadCouple> couples) throws Exception {
        try (Servers servers = new Servers(jar, database.determineUrl(), couples.size())) {
            servers.awaitReady();
            long baseline = servers.heapAfterFullGc();
            Level level = new Level(couples, servers.urls());
            try {
                level.connect();
                long heap = servers.heapAfterFullGc();
                if (HISTOGRAMS != null) {
                    servers.writeClassHistograms(Path.of(HISTOGRAMS));
                }
                level.saveFor(WARM_UP);
                level.awaitLateDeliveries(LATE);
                level.startCounting();
                long[] cpuBefore = servers.cpuTicks();
                long start = System.nanoTime();
                try (BrowsersAlongside browsers = couples.size() == BROWSERS_AT
                        ? new BrowsersAlongside(servers.urls(), browserCouple) : null) {
                    level.saveFor(RUN);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long[] cpuAfter = servers.cpuTicks();
                double[] cores = IntStream.range(0, SERVERS)
                        .mapToDouble(i -> (cpuAfter[i] - cpuBefore[i]) / ServerGauge.TICKS_PER_SECOND / seconds).toArray();
                level.awaitLateDeliveries(LATE);
                return level.row(seconds, cores, (heap - baseline) / Math.max(1, level.screens()));
            } finally {
                level.close();
            }
        }
    }

    /**
     * The {@code load.servers} production jars of one number of couples, on the same database, each on its own
     * ports and with its own gauge; their logs are {@code target/app-servers/load-COUPLES[-NUMBER].log}.
     */
    private static final class Servers implements AutoCloseable {

        private final int couples;
        private final List<AppServer> all = new ArrayList<>();
        private final List<ServerGauge> gauges = new ArrayList<>();

        Servers(Path jar, String databaseUrl, int couples) throws IOException {
            this.couples = couples;
            for (int i = 0; i < SERVERS; i++) {
                AppServer server = AppServer.launchJar("load-" + name(i), databaseUrl, jar, SERVER_JVM);
                all.add(server);
                gauges.add(new ServerGauge(server.pid()));
            }
        }

        /** The number of couples, and with more than one server the server's number. */
        private String name(int server) {
            return couples + (SERVERS == 1 ? "" : "-" + (server + 1));
        }

        /** Waits until every server is ready; they start side by side. */
        void awaitReady() {
            all.forEach(AppServer::awaitReady);
        }

        /** The servers' addresses, in order. */
        List<String> urls() {
            return all.stream().map(AppServer::url).toList();
        }

        /** Bytes of heap in use after a full collection, summed over the servers. */
        long heapAfterFullGc() throws IOException, InterruptedException {
            long sum = 0;
            for (ServerGauge gauge : gauges) {
                sum += gauge.heapAfterFullGc();
            }
            return sum;
        }

        /** Each server's CPU time so far, in clock ticks, in the order of {@link #urls}. */
        long[] cpuTicks() throws IOException {
            long[] ticks = new long[gauges.size()];
            for (int i = 0; i < ticks.length; i++) {
                ticks[i] = gauges.get(i).cpuTicks();
            }
            return ticks;
        }

        /** Writes each server's class histogram into this folder: {@code histogram-COUPLES[-NUMBER].txt}. */
        void writeClassHistograms(Path folder) throws IOException, InterruptedException {
            Files.createDirectories(folder);
            for (int i = 0; i < gauges.size(); i++) {
                Files.writeString(folder.resolve("histogram-" + name(i) + ".txt"), gauges.get(i).classHistogram());
            }
        }

        @Override
        public void close() throws InterruptedException {
            for (AppServer server : all) {
                server.close();
            }
        }
    }

    /** One run: the clients of these couples, their saves and what their partners' screens received. */
    private static final class Level implements AutoCloseable {

        /** The columns; with more than one server, each server's CPU follows the sum ("CPU 1", "CPU 2"). */
        static final String HEADER = String.format(Locale.ROOT, "%8s %8s %7s %8s %8s %8s %8s %8s %9s",
                "couples", "screens", "saves", "saves/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "CPU cores")
                + perServer(server -> String.format(Locale.ROOT, " %6s", "CPU " + (server + 1)))
                + String.format(Locale.ROOT, " %10s %7s %8s %9s", "KB/screen", "errors", "dropped", "connect s");

        private final List<LoadCouple> couples;
        private final List<String> urls;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        private final List<VaadinClient> clients = new CopyOnWriteArrayList<>();
        private final Map<UUID, List<Save>> inFlight = new ConcurrentHashMap<>();
        private final Latencies latencies = new Latencies();
        private final AtomicInteger saves = new AtomicInteger();
        private final AtomicInteger errors = new AtomicInteger();
        private final AtomicReference<String> firstError = new AtomicReference<>();
        private final AtomicInteger counter = new AtomicInteger();
        private final List<Save> all = new CopyOnWriteArrayList<>();
        private final List<Partner> partners = new CopyOnWriteArrayList<>();
        private final RequestCosts requests = new RequestCosts();
        private double connectSeconds;
        private volatile boolean counting;

        /** A save and the screens that should show it. */
        private record Save(String title, long sentAt, Set<VaadinClient> waiting, boolean counts) {
        }

        private record Partner(LoadCouple couple, VaadinClient client, UUID itemId) {
        }

        Level(List<LoadCouple> couples, List<String> urls) {
            this.couples = couples;
            this.urls = urls;
        }

        /** From now on saves count; those of the warm-up (the server's JIT compiler at work) do not. */
        void startCounting() {
            long lost = inFlight.values().stream().flatMap(List::stream).mapToLong(save -> save.waiting().size()).sum();
            if (lost > 0 || errors.get() > 0) {
                System.out.printf("During the warm-up at %d couples: %d pushes not received, %d errors (%s)%n",
                        couples.size(), lost, errors.get(), firstError.get());
            }
            inFlight.clear();
            requests.clear();
            counting = true;
            saves.set(0);
            errors.set(0);
            firstError.set(null);
        }

        int screens() {
            return clients.size();
        }

        /**
         * Signs every partner and watching counsellor in and opens their space, a few at a time, each on the
         * server a load balancer with sticky sessions would keep them on: the two partners of a couple on
         * different servers (with two, every save crosses from one to the other), which partner goes where
         * alternating from couple to couple, and the counsellors taking the servers in turn.
         */
        void connect() {
            long start = System.nanoTime();
            Semaphore parallel = new Semaphore(8);
            int counsellors = 0;
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < couples.size(); i++) {
                    LoadCouple couple = couples.get(i);
                    Map<Person, String> people = new LinkedHashMap<>();
                    people.put(couple.first(), server(i));
                    people.put(couple.second(), server(i + 1));
                    if (couple.watchingCounsellor() != null) {
                        people.put(couple.watchingCounsellor(), server(counsellors++));
                    }
                    people.forEach((person, url) -> threads.submit(() -> {
                        parallel.acquireUninterruptibly();
                        try {
                            VaadinClient client = open(couple, person, url);
                            UUID goal = person == couple.first() ? couple.firstItem()
                                    : person == couple.second() ? couple.secondItem() : null;
                            if (goal != null) {
                                partners.add(new Partner(couple, client, goal));
                            }
                        } catch (Exception e) {
                            failed(e);
                        } finally {
                            parallel.release();
                        }
                    }));
                }
            }
            connectSeconds = (System.nanoTime() - start) / 1e9;
        }

        /** The server of the {@code turn}-th session, as a round-robin balancer hands sessions out. */
        private String server(int turn) {
            return urls.get(turn % urls.size());
        }

        private VaadinClient open(LoadCouple couple, Person person, String url) throws IOException, InterruptedException {
            VaadinClient client = new VaadinClient(http, url, (self, message) -> arrived(couple.spaceId(), self, message));
            spaceOf.put(client, couple.spaceId());
            client.signIn(person.email(), TestPeople.PASSWORD);
            long sent = System.nanoTime();
            requests.note(Request.PAGE, client.open("spaces/" + couple.spaceId()), sent);
            clients.add(client);
            return client;
        }

        /**
         * Every partner saves every {@link #SAVE_EVERY}, starting at a random moment, until the time is up: a
         * timer hands each save to a virtual thread, and the partner's next save is timed when this one ends.
         */
        void saveFor(Duration run) throws InterruptedException {
            long end = System.nanoTime() + run.toNanos();
            CountDownLatch finished = new CountDownLatch(partners.size());
            try (ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
                 ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                Pacing pacing = new Pacing(timer, threads, end, finished);
                for (Partner partner : partners) {
                    saveAt(pacing, partner, System.nanoTime() + ThreadLocalRandom.current().nextLong(SAVE_EVERY.toNanos()));
                }
                finished.await();
            }
        }

        private record Pacing(ScheduledExecutorService timer, ExecutorService threads, long end,
                              CountDownLatch finished) {
        }

        private void saveAt(Pacing pacing, Partner partner, long at) {
            if (at >= pacing.end()) {
                pacing.finished().countDown();
                return;
            }
            pacing.timer().schedule(() -> pacing.threads().submit(() -> {
                try {
                    save(partner);
                } catch (Exception e) {
                    failed(e);
                }
                saveAt(pacing, partner, at + SAVE_EVERY.toNanos());
            }), at - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        /** Opens the goal's editor, types a new title and saves, as a person in a browser does. */
        private void save(Partner partner) throws IOException, InterruptedException {
            VaadinClient client = partner.client();
            long step = System.nanoTime();
            int answer = client.click("open-" + partner.itemId());
            awaitNode(client, "item-save");
            step = requests.note(Request.OPEN, answer, step);
            String title = "Load" + counter.incrementAndGet() + "x";
            answer = client.type("item-title", title);
            step = requests.note(Request.TYPE, answer, step);
            Set<VaadinClient> waiting = ConcurrentHashMap.newKeySet();
            clients.stream().filter(other -> other != client && belongsTo(other, partner.couple())).forEach(waiting::add);
            Save save = new Save(title, System.nanoTime(), waiting, counting);
            if (!waiting.isEmpty()) {
                inFlight.computeIfAbsent(partner.couple().spaceId(), id -> new CopyOnWriteArrayList<>()).add(save);
            }
            if (counting) {
                all.add(save);
            }
            answer = client.click("item-save");
            step = requests.note(Request.SAVE, answer, step);
            saves.incrementAndGet();
            Integer dialog = client.nodeWithTag("vaadin-dialog");
            if (dialog != null) {
                requests.note(Request.CLOSED, client.fire(dialog, "closed"), step);
            }
        }

        private final Map<VaadinClient, UUID> spaceOf = new ConcurrentHashMap<>();

        private boolean belongsTo(VaadinClient client, LoadCouple couple) {
            return couple.spaceId().equals(spaceOf.get(client));
        }

        /** A message reached a screen of this space: notes which pending saves it shows. */
        private void arrived(UUID spaceId, VaadinClient client, String message) {
            List<Save> pending = inFlight.get(spaceId);
            if (pending == null) {
                return;
            }
            long now = System.nanoTime();
            for (Save save : pending) {
                if (save.waiting().contains(client) && message.contains(save.title()) && save.waiting().remove(client)) {
                    if (save.counts()) {
                        latencies.add((now - save.sentAt()) / 1e6);
                    }
                    if (save.waiting().isEmpty()) {
                        pending.remove(save);
                    }
                }
            }
        }

        /** Gives pushes still on their way this long to arrive; what has not arrived then counts as dropped. */
        void awaitLateDeliveries(Duration late) {
            try {
                await().atMost(late).pollInterval(Duration.ofMillis(200))
                        .until(() -> inFlight.values().stream().allMatch(List::isEmpty));
            } catch (ConditionTimeoutException stillMissing) {
                // counted as dropped
            }
        }

        /** The row of this run: {@code cores} holds each server's CPU, in cores; the heap is summed over them. */
        String row(double seconds, double[] cores, long heapPerScreen) {
            long dropped = all.stream().mapToLong(save -> save.waiting().size()).sum();
            long disconnected = clients.stream().filter(client -> !client.connected()).count();
            if (firstError.get() != null) {
                System.out.println("First error at " + couples.size() + " couples: " + firstError.get());
            }
            if (disconnected > 0) {
                System.out.println(disconnected + " push connections closed during the run at " + couples.size() + " couples");
            }
            System.out.println("At " + couples.size() + " couples, each request of a save: " + requests);
            return String.format(Locale.ROOT, "%8d %8d %7d %8.1f %8.0f %8.0f %8.0f %8.0f %9.2f",
                    couples.size(), screens(), saves.get(), saves.get() / seconds, latencies.percentile(50),
                    latencies.percentile(95), latencies.percentile(99), latencies.max(), Arrays.stream(cores).sum())
                    + perServer(server -> String.format(Locale.ROOT, " %6.2f", cores[server]))
                    + String.format(Locale.ROOT, " %10.0f %7d %8d %9.1f", heapPerScreen / 1024.0,
                    errors.get() + disconnected, dropped, connectSeconds);
        }

        /** One column per server when there are several (with one, its figure is the total already). */
        private static String perServer(IntFunction<String> column) {
            return SERVERS == 1 ? "" : IntStream.range(0, SERVERS).mapToObj(column).collect(Collectors.joining());
        }

        private void failed(Exception e) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, e.toString());
        }

        private static void awaitNode(VaadinClient client, String id) {
            await("the editor to open").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
                    .until(() -> client.node(id) != null);
        }

        @Override
        public void close() {
            clients.forEach(VaadinClient::close);
            http.close();
        }
    }

    /** The requests measured: opening the page, then the saver's requests of one save, in order. */
    enum Request {
        PAGE("open the space page"), OPEN("open the editor"), TYPE("type the title"), SAVE("save"), CLOSED("the dialog closed");

        final String label;

        Request(String label) {
            this.label = label;
        }
    }

    /** What each request of a save cost: the length of the server's answer, and the time to it (median). */
    private static final class RequestCosts {

        private final Map<Request, Latencies> times = new ConcurrentHashMap<>();
        private final Map<Request, LongAdder> characters = new ConcurrentHashMap<>();
        private final Map<Request, LongAdder> counts = new ConcurrentHashMap<>();

        /** Notes a request that was sent at {@code sentAt} and answered with this many characters; returns now. */
        long note(Request request, int answer, long sentAt) {
            long now = System.nanoTime();
            times.computeIfAbsent(request, r -> new Latencies()).add((now - sentAt) / 1e6);
            characters.computeIfAbsent(request, r -> new LongAdder()).add(answer);
            counts.computeIfAbsent(request, r -> new LongAdder()).increment();
            return now;
        }

        /** Forgets the saves so far (the warm-up's); keeps the pages opened. */
        void clear() {
            Arrays.stream(Request.values()).filter(request -> request != Request.PAGE).forEach(request -> {
                times.remove(request);
                characters.remove(request);
                counts.remove(request);
            });
        }

        @Override
        public String toString() {
            return Arrays.stream(Request.values()).filter(counts::containsKey)
                    .map(request -> String.format(Locale.ROOT, "%s %,d characters, %.1f ms", request.label,
                            characters.get(request).sum() / Math.max(1, counts.get(request).sum()),
                            times.get(request).percentile(50)))
                    .collect(Collectors.joining("; "));
        }
    }

    /**
     * Two headless Chromium pages of one more couple, saving and watching with the browsers' own clocks while
     * the load runs; prints their figures when closed.
     */
    private static final class BrowsersAlongside implements AutoCloseable {

        private final List<WebDriver> browsers = new ArrayList<>();
        private final Thread timing;
        private volatile String result = "no result";

        /** The first partner's page on the first server, the second's on the last (the same one if only one). */
        BrowsersAlongside(List<String> urls, Couple couple) {
            WebDriver alex = BrowserTest.chromium();
            browsers.add(alex);
            BrowserTest.showSpace(alex, urls.getFirst(), couple.first(), couple.spaceId());
            WebDriver sam = BrowserTest.chromium();
            browsers.add(sam);
            BrowserTest.showSpace(sam, urls.getLast(), couple.second(), couple.spaceId());
            SaveToScreenClock clock = new SaveToScreenClock(alex, sam);
            timing = Thread.ofPlatform().start(() -> {
                try {
                    result = clock.measure("Browser", BROWSER_WARM_UP, BROWSER_SAVES).summary();
                } catch (RuntimeException e) {
                    result = "failed: " + e;
                }
            });
        }

        @Override
        public void close() throws InterruptedException {
            timing.join();
            browsers.forEach(WebDriver::quit);
            System.out.println("Two headless Chromium pages under this load, browsers' own clocks: " + result);
        }
    }

    /** Seeds the couples through the services: two partners, a goal each, and a counsellor per ten couples. */
    private List<LoadCouple> seed(int count) throws Exception {
        List<Future<List<LoadCouple>>> groups = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            for (int group = 0; group * 10 < count; group++) {
                int size = Math.min(10, count - group * 10);
                groups.add(threads.submit(() -> seedGroup(size)));
            }
        }
        List<LoadCouple> couples = new ArrayList<>();
        for (Future<List<LoadCouple>> group : groups) {
            couples.addAll(group.get());
        }
        return couples;
    }

    private List<LoadCouple> seedGroup(int size) {
        Person counsellor = people.newPerson("Dr Load");
        return IntStream.range(0, size).mapToObj(i -> {
            Couple couple = people.withCounsellor(people.newPartners(), counsellor);
            UUID firstItem = people.as(couple.first(), () -> board.add(couple.spaceId(), Placement.MINE,
                    ItemDraft.idea(ItemKind.GOAL, "Seed goal of Alex"))).id();
            UUID secondItem = people.as(couple.second(), () -> board.add(couple.spaceId(), Placement.MINE,
                    ItemDraft.idea(ItemKind.GOAL, "Seed goal of Sam"))).id();
            return new LoadCouple(couple.spaceId(), couple.first(), firstItem, couple.second(), secondItem,
                    i == 0 ? counsellor : null);
        }).toList();
    }

    /** The production jar in target/, or the one named by {@code -Dload.jar} (to measure another build). */
    static Path productionJar() throws IOException {
        if (System.getProperty("load.jar") != null) {
            return Path.of(System.getProperty("load.jar"));
        }
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("common-ground-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No production jar in target/: build it first with ./mvnw -Pproduction -DskipTests package"));
        }
    }
}
