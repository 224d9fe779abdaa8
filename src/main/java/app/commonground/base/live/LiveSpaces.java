package app.commonground.base.live;

import app.commonground.base.Transactions;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * This server's live models, one per space that some screen here has open: loaded when the first screen of the
 * space opens, dropped when the last one closes.
 * <ul>
 *     <li>A change committed on this server is applied from what the command holds ({@link SpaceChange}), with
 *     no read; the other servers are told its ids ({@link ModelChanged}).</li>
 *     <li>A change another server announces is read again, one aggregate, once on this server however many
 *     screens show it.</li>
 *     <li>A revision that never arrives (a gap), or a lost link to the other servers, reloads the space.</li>
 * </ul>
 * Screens receive each new model and project what their viewer may see of it; they never read the database
 * for a change.
 */
@Component
public class LiveSpaces {

    /** How long a missing revision may take to arrive (commits on one server can be applied out of order). */
    static final Duration GAP_GRACE = Duration.ofSeconds(2);
    /** Further than this ahead, a space is reloaded at once rather than waited for. */
    private static final long LARGEST_GAP = 100;

    private static final Logger log = LoggerFactory.getLogger(LiveSpaces.class);

    private final Map<Class<?>, SpacePart<?>> parts;
    private final Map<String, SpacePart<?>> partsByName;
    private final SpaceRevisions revisions;
    private final SpaceBroadcaster broadcaster;
    private final Transactions transactions;
    private final String server;
    private final Map<UUID, OpenSpace> open = new ConcurrentHashMap<>();
    private final AtomicLong reads = new AtomicLong();
    /** The changes of a {@link #together} step on this thread, held back until the step ends. */
    private final ThreadLocal<Together> together = new ThreadLocal<>();
    private final ScheduledExecutorService gapChecks = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("space-model-gaps").daemon(true).factory());
    /**
     * Tells followers, each on a thread of its own and off the thread that made the change: what one does about
     * it (a read) is neither that person's wait nor another follower's.
     */
    private final ExecutorService followerNews = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("space-follower-", 0).factory());

    LiveSpaces(List<SpacePart<?>> parts, SpaceRevisions revisions, SpaceBroadcaster broadcaster,
               Transactions transactions, ThisServer server) {
        this.parts = parts.stream().collect(Collectors.toUnmodifiableMap(SpacePart::type, part -> part));
        this.partsByName = parts.stream().collect(Collectors.toUnmodifiableMap(part -> part.type().getName(), part -> part));
        this.revisions = revisions;
        this.broadcaster = broadcaster;
        this.transactions = transactions;
        this.server = server.id();
    }

    /** A screen's hold on a space's model. */
    public interface Watch extends Registration {

        /** The model as it is now: the screen's first projection. */
        SpaceModel model();
    }

    /**
     * Starts delivering each new model of the space to {@code screen} (on the thread that made the change:
     * hand it to the screen's own UI at once). The caller checked that its viewer belongs to the space.
     */
    public Watch watch(UUID spaceId, Consumer<SpaceModel> screen) {
        OpenSpace space = open.compute(spaceId, (id, current) -> {
            OpenSpace watched = current == null ? new OpenSpace(id) : current;
            watched.screens.add(screen);
            return watched;
        });
        SpaceModel first = space.model();
        return new Watch() {
            @Override
            public SpaceModel model() {
                return first;
            }

            @Override
            public void remove() {
                unwatch(spaceId, screen);
            }
        };
    }

    /**
     * Tells {@code follower} the id of each of these spaces that changed (here or on another server), without
     * keeping a model of any of them: for an overview of many spaces that reads what it shows itself. A change
     * to a space that also has screens here is told after they have it. Told on a thread of its own: hand it to
     * the follower's UI.
     */
    public Registration follow(Collection<UUID> spaceIds, Consumer<UUID> follower) {
        List<UUID> followed = List.copyOf(spaceIds);
        followed.forEach(spaceId -> open.compute(spaceId, (id, current) -> {
            OpenSpace space = current == null ? new OpenSpace(id) : current;
            space.followers.add(follower);
            return space;
        }));
        return () -> followed.forEach(spaceId -> leave(spaceId, space -> space.followers.remove(follower)));
    }

    /**
     * The space read whole now, as the first screen would load it, without keeping it: what a model kept up to
     * date by the changes must equal.
     */
    public SpaceModel readAfresh(UUID spaceId) {
        return load(spaceId, 0);
    }

    /** The number of spaces with a model on this server (those only followed have none). */
    public int openSpaces() {
        return (int) open.values().stream().filter(OpenSpace::loaded).count();
    }

    /** How many reads this server made for its models since it started: a space loaded, or a change read again. */
    public long reads() {
        return reads.get();
    }

    /**
     * Runs a step of one person that commits more than once (a save, then the editor closing) so that the
     * screens and the other servers get it as one change: each commit is applied to the models at once, but
     * the screens are handed the newest model, and the other servers told, only when the step ends.
     */
    public void together(Runnable step) {
        if (together.get() != null) {
            step.run();
            return;
        }
        Together held = new Together();
        together.set(held);
        try {
            step.run();
        } finally {
            together.remove();
            held.release();
        }
    }

    /**
     * Applies what one transaction committed on this server (from what the command held; an aggregate the
     * command did not hold is read again), as one new model, and tells the other servers which aggregates
     * changed.
     */
    void committed(List<SpaceChange<?>> changes) {
        changes.stream().collect(Collectors.groupingBy(SpaceChange::spaceId)).forEach((spaceId, ofSpace) -> {
            long last = ofSpace.stream().mapToLong(SpaceChange::revision).max().orElse(0);
            long first = ofSpace.stream().mapToLong(SpaceChange::revision).filter(r -> r > 0).min().orElse(0);
            OpenSpace space = open.get(spaceId);
            if (space != null && space.loaded()) {
                List<UnaryOperator<SpaceModel>> steps = new ArrayList<>();
                List<SpaceChange<?>> toRead = ofSpace.stream().filter(change -> change.apply() == null).toList();
                if (!toRead.isEmpty()) {
                    steps.add(reread(spaceId, toRead.stream()
                            .map(change -> new ModelChanged.Touched(change.part().getName(), change.aggregateId()))
                            .toList()));
                }
                ofSpace.stream().filter(change -> change.apply() != null).forEach(change -> steps.add(applying(change)));
                space.apply(first, last, model -> {
                    SpaceModel next = model;
                    for (UnaryOperator<SpaceModel> step : steps) {
                        next = step.apply(next);
                    }
                    return next;
                });
            }
            if (space != null) {
                show(space);
            }
            tell(new ModelChanged(spaceId, server, first, last, ofSpace.stream()
                    .map(change -> new ModelChanged.Touched(change.part().getName(), change.aggregateId()))
                    .distinct().toList()));
        });
    }

    private void show(OpenSpace space) {
        Together held = together.get();
        if (held == null) {
            space.show();
        } else {
            held.spaces.add(space);
        }
    }

    private void tell(ModelChanged change) {
        Together held = together.get();
        if (held == null) {
            broadcaster.tellOthers(change);
        } else {
            held.add(change);
        }
    }

    /** What a {@link #together} step changed so far: the spaces to show, what to tell the other servers. */
    private final class Together {

        final Set<OpenSpace> spaces = new LinkedHashSet<>();
        final List<ModelChanged> told = new ArrayList<>();

        /**
         * Joins a change to the previous one of its space when no revision could fall between them (one of
         * them made none, or they are consecutive): the other servers then read both in one go.
         */
        void add(ModelChanged change) {
            for (int i = told.size() - 1; i >= 0; i--) {
                ModelChanged before = told.get(i);
                if (before.spaceId().equals(change.spaceId())) {
                    if (before.first() == 0 || change.first() == 0 || before.last() + 1 == change.first()) {
                        List<ModelChanged.Touched> touched = new ArrayList<>(before.changed());
                        change.changed().stream().filter(t -> !touched.contains(t)).forEach(touched::add);
                        told.set(i, new ModelChanged(change.spaceId(), change.server(),
                                before.first() == 0 ? change.first() : before.first(),
                                Math.max(before.last(), change.last()), touched));
                        return;
                    }
                    break;
                }
            }
            told.add(change);
        }

        void release() {
            spaces.forEach(OpenSpace::show);
            told.forEach(broadcaster::tellOthers);
        }
    }

    /** What another server said, or that this server may have missed some of it. */
    private void heard(OpenSpace space, SpaceEvent event) {
        switch (event) {
            case ModelChanged changed when !server.equals(changed.server()) -> {
                if (space.loaded()) {
                    space.apply(changed.first(), changed.last(), reread(changed.spaceId(), changed.changed()));
                }
                space.show();
            }
            case UpdatesMayBeMissed missed -> space.reload();
            default -> {
            }
        }
    }

    private static <T> UnaryOperator<SpaceModel> applying(SpaceChange<T> change) {
        return model -> model.with(change.part(), change.apply());
    }

    /** Reads the changed aggregates again, in one read-only transaction; unknown parts are ignored. */
    private UnaryOperator<SpaceModel> reread(UUID spaceId, List<ModelChanged.Touched> aggregates) {
        List<UnaryOperator<SpaceModel>> changes = transactions.read(() -> aggregates.stream()
                .map(aggregate -> rereadOne(spaceId, aggregate)).toList());
        reads.incrementAndGet();
        return model -> {
            SpaceModel next = model;
            for (UnaryOperator<SpaceModel> change : changes) {
                next = change.apply(next);
            }
            return next;
        };
    }

    private UnaryOperator<SpaceModel> rereadOne(UUID spaceId, ModelChanged.Touched aggregate) {
        SpacePart<?> part = partsByName.get(aggregate.part());
        if (part == null) {
            log.warn("Ignored a change to an unknown part {}", aggregate.part());
            return UnaryOperator.identity();
        }
        return rereadPart(part, spaceId, aggregate.id());
    }

    /** One aggregate of a part, or (no aggregate) the part as a whole. */
    private static <T> UnaryOperator<SpaceModel> rereadPart(SpacePart<T> part, UUID spaceId, UUID aggregateId) {
        T whole = aggregateId == null ? part.load(spaceId) : null;
        UnaryOperator<T> change = aggregateId == null ? before -> whole : part.reread(spaceId, aggregateId);
        return model -> model.with(part.type(), change);
    }

    private SpaceModel load(UUID spaceId, long sequence) {
        SpaceModel model = transactions.read(() -> {
            long revision = revisions.current(spaceId);
            Map<Class<?>, Object> state = new HashMap<>();
            parts.forEach((type, part) -> state.put(type, part.load(spaceId)));
            return new SpaceModel(spaceId, revision, sequence, state);
        });
        reads.incrementAndGet();
        return model;
    }

    private void unwatch(UUID spaceId, Consumer<SpaceModel> screen) {
        leave(spaceId, space -> space.screens.remove(screen));
    }

    /** Takes a screen or a follower off the space, and closes it when nobody is left. */
    private void leave(UUID spaceId, Consumer<OpenSpace> off) {
        open.computeIfPresent(spaceId, (id, space) -> {
            off.accept(space);
            if (!space.screens.isEmpty()) {
                return space;
            }
            if (!space.followers.isEmpty()) {
                space.forget();
                return space;
            }
            space.close();
            return null;
        });
    }

    @PreDestroy
    void stop() {
        gapChecks.shutdownNow();
        followerNews.shutdownNow();
    }

    /** One open space: its model, its screens here, and the revisions it still waits for. */
    private final class OpenSpace {

        final UUID id;
        final Set<Consumer<SpaceModel>> screens = ConcurrentHashMap.newKeySet();
        /** Those told only that the space changed: no model is loaded for them. */
        final Set<Consumer<UUID>> followers = ConcurrentHashMap.newKeySet();
        private final Registration others;
        private final SortedSet<Long> missing = new TreeSet<>();
        private SpaceModel model;

        OpenSpace(UUID id) {
            this.id = id;
            this.others = broadcaster.subscribe(id, event -> heard(this, event));
        }

        synchronized SpaceModel model() {
            if (model == null) {
                model = load(id, 0);
            }
            return model;
        }

        /**
         * Applies a change that made the revisions {@code first} to {@code last} (0: none); until the model is
         * loaded there is nothing to apply it to (the load will see it).
         */
        boolean apply(long first, long last, UnaryOperator<SpaceModel> change) {
            synchronized (this) {
                if (model == null) {
                    return false;
                }
                model = change.apply(model);
                for (long revision = Math.max(first, 1); revision <= last; revision++) {
                    count(revision);
                }
                return true;
            }
        }

        /** Hands the model as it is now to every screen of the space here, then tells its followers. */
        void show() {
            SpaceModel now;
            synchronized (this) {
                now = model;
            }
            if (now != null) {
                screens.forEach(screen -> screen.accept(now));
            }
            tellFollowers();
        }

        void tellFollowers() {
            followers.forEach(follower -> followerNews.execute(() -> {
                try {
                    follower.accept(id);
                } catch (RuntimeException failed) {
                    log.warn("A follower of space {} failed to take a change", id, failed);
                }
            }));
        }

        /** Drops the model once no screen here shows it: followers alone need none. */
        synchronized void forget() {
            model = null;
            missing.clear();
        }

        synchronized boolean loaded() {
            return model != null;
        }

        /** Reads the space whole again, when changes may have been missed: its followers read theirs again too. */
        void reload() {
            SpaceModel next = null;
            synchronized (this) {
                if (model != null) {
                    model = load(id, model.sequence() + 1);
                    missing.clear();
                    next = model;
                }
            }
            if (next != null) {
                SpaceModel now = next;
                screens.forEach(screen -> screen.accept(now));
            }
            tellFollowers();
        }

        /** Notes a revision; one that skipped others waits {@link #GAP_GRACE} for them, then reloads. */
        private void count(long revision) {
            if (revision <= 0) {
                return;
            }
            missing.remove(revision);
            if (revision <= model.revision()) {
                return;
            }
            if (revision - model.revision() > LARGEST_GAP) {
                gapChecks.execute(this::reload);
                model = model.atRevision(revision);
                return;
            }
            for (long skipped = model.revision() + 1; skipped < revision; skipped++) {
                missing.add(skipped);
            }
            model = model.atRevision(revision);
            if (!missing.isEmpty()) {
                Set<Long> awaited = Set.copyOf(missing);
                gapChecks.schedule(() -> reloadIfStillMissing(awaited), GAP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        private void reloadIfStillMissing(Set<Long> awaited) {
            boolean stillMissing;
            synchronized (this) {
                stillMissing = awaited.stream().anyMatch(missing::contains);
            }
            if (stillMissing && open.get(id) == this) {
                log.info("Space {} missed a change; reloading its model", id);
                reload();
            }
        }

        void close() {
            others.remove();
        }
    }
}
