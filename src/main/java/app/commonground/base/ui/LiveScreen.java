package app.commonground.base.ui;

import app.commonground.base.live.LiveSpaces;
import app.commonground.base.live.SpaceModel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One screen's hold on a space's live model: while the page is attached, every new model of the space is shown
 * to each of the page's sections, inside {@link UI#access} so it is pushed. Each section projects what it shows
 * and updates only that.
 * <p>
 * Bursts are coalesced: while an update waits for the screen, newer models replace the one it will show, and the
 * newest is always shown last. In the screen's own request (the person's own change), the update happens at
 * once, so their change is in the answer to their click.
 * <p>
 * What depends on today (the next check-in, what is due for review) changes at the viewer's midnight without any
 * change to the model: then each section is told it is a new day.
 */
public final class LiveScreen {

    /** A part of the page that shows something of the model. */
    public interface Section {

        /**
         * Shows what {@code viewerId} may see of this model. Runs on the screen's UI, as its owner; reads no
         * database: everything it needs is in the model.
         */
        void show(SpaceModel model, UUID viewerId);

        /** It is a new day where the viewer is: a section that shows something of today shows it again. */
        default void newDay() {
        }
    }

    /**
     * Wakes open screens at their viewers' midnights, and runs what they asked for later: one thread for all of
     * them, which never keeps the JVM up.
     */
    private static final ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("screen-timers").factory());
    /** After midnight by this much, so the day has surely turned. */
    private static final Duration PAST_MIDNIGHT = Duration.ofSeconds(1);

    private final Component page;
    private final LiveSpaces live;
    private final Clock clock;
    private final List<Section> sections = new ArrayList<>();
    private final AtomicReference<SpaceModel> latest = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private LiveSpaces.Watch watch;
    private UUID spaceId;
    private UUID viewerId;
    private long shown = -1;
    private SpaceModel current;
    private ScheduledFuture<?> midnight;
    private LocalDate today;

    public LiveScreen(Component page, LiveSpaces live, Clock clock) {
        this.page = page;
        this.live = live;
        this.clock = clock;
        page.addAttachListener(attach -> start());
        page.addDetachListener(detach -> stop());
    }

    /** Adds a section; it is shown each model from the next one on. */
    public void add(Section section) {
        sections.add(section);
    }

    /**
     * Shows a section that was added after the screen started (a tab opened later) the model the screen shows
     * now, instead of waiting for the next one.
     */
    public <S extends Section> S catchUp(S section) {
        if (watch != null && current != null) {
            section.show(current, viewerId);
        }
        return section;
    }

    /**
     * Runs a step of the viewer that commits more than once (a save that closes its editor) as one change to
     * everyone else's screens (see {@link LiveSpaces#together}).
     */
    public void together(Runnable step) {
        live.together(step);
    }

    /**
     * Runs {@code step} on this screen, as its viewer, after {@code delay}, unless it is cancelled first or the
     * screen no longer follows the space by then.
     *
     * @return cancels the step; once cancelled (on the screen's UI), it never runs
     */
    public Registration after(Duration delay, Runnable step) {
        UI ui = page.getUI().orElseThrow();
        SecurityContext owner = SecurityContextHolder.getContext();
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledFuture<?> timer = TIMERS.schedule(() -> onScreen(ui, owner, () -> {
            if (!cancelled.get() && watch != null) {
                step.run();
            }
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            cancelled.set(true);
            timer.cancel(false);
        };
    }

    /** Follows this space for this viewer from now on (the caller checked they belong to it). */
    public void follow(UUID spaceId, UUID viewerId) {
        stop();
        this.spaceId = spaceId;
        this.viewerId = viewerId;
        if (page.isAttached()) {
            start();
        }
    }

    /** Stops following: the page no longer shows the space. */
    public void stop() {
        if (watch != null) {
            watch.remove();
            watch = null;
        }
        latest.set(null);
        shown = -1;
        current = null;
        if (midnight != null) {
            midnight.cancel(false);
            midnight = null;
        }
    }

    private void start() {
        if (spaceId == null || watch != null) {
            return;
        }
        UI ui = page.getUI().orElseThrow();
        SecurityContext owner = SecurityContextHolder.getContext();
        watch = live.watch(spaceId, model -> offer(ui, owner, model));
        show(watch.model());
        wakeAtMidnight(ui, owner);
    }

    private void wakeAtMidnight(UI ui, SecurityContext owner) {
        Instant now = clock.instant();
        ZoneId zone = Dates.zone();
        today = LocalDate.ofInstant(now, zone);
        Instant next = today.plusDays(1).atStartOfDay(zone).toInstant().plus(PAST_MIDNIGHT);
        midnight = TIMERS.schedule(() -> onScreen(ui, owner, () -> {
            if (watch != null) {
                newDayIfItIs(ui, owner);
            }
        }), Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs steps later on this screen, as its owner, from any thread: for a page that follows changes itself.
     * Call it on the screen's own thread (it takes the owner from there); a step for a closed screen is dropped.
     */
    public static Consumer<Runnable> onScreenOf(UI ui) {
        SecurityContext owner = SecurityContextHolder.getContext();
        return step -> onScreen(ui, owner, step);
    }

    private static void onScreen(UI ui, SecurityContext owner, Runnable step) {
        try {
            ui.access(() -> runAs(owner, step));
        } catch (UIDetachedException closed) {
            // the page is gone, and its hold on the space with it
        }
    }

    private void newDayIfItIs(UI ui, SecurityContext owner) {
        LocalDate shownDay = today;
        wakeAtMidnight(ui, owner);
        if (!today.equals(shownDay)) {
            List.copyOf(sections).forEach(Section::newDay);
        }
    }

    private void offer(UI ui, SecurityContext owner, SpaceModel model) {
        latest.accumulateAndGet(model, (current, offered) ->
                current == null || offered.sequence() > current.sequence() ? offered : current);
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        Runnable update = () -> {
            queued.set(false);
            SpaceModel newest = latest.get();
            if (newest != null) {
                runAs(owner, () -> show(newest));
            }
        };
        try {
            if (UI.getCurrent() == ui) {
                update.run();
            } else {
                ui.access(update::run);
            }
        } catch (UIDetachedException closed) {
            queued.set(false);
        } catch (RuntimeException failed) {
            queued.set(false);
            throw failed;
        }
    }

    private void show(SpaceModel model) {
        if (model.sequence() <= shown && shown >= 0) {
            return;
        }
        shown = model.sequence();
        current = model;
        for (Section section : List.copyOf(sections)) {
            if (watch == null) {
                return;
            }
            section.show(model, viewerId);
        }
    }

    private static void runAs(SecurityContext owner, Runnable update) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(owner);
        try {
            update.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
