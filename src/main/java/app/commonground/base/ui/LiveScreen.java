package app.commonground.base.ui;

import app.commonground.base.live.LiveSpaces;
import app.commonground.base.live.SpaceModel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One screen's hold on a space's live model: while the page is attached, every new model of the space is shown
 * to each of the page's sections, inside {@link UI#access} so it is pushed. Each section projects what it shows
 * and updates only that.
 * <p>
 * Bursts are coalesced: while an update waits for the screen, newer models replace the one it will show, and the
 * newest is always shown last. In the screen's own request (the person's own change), the update happens at
 * once, so their change is in the answer to their click.
 */
public final class LiveScreen {

    /** A part of the page that shows something of the model. */
    public interface Section {

        /**
         * Shows what {@code viewerId} may see of this model. Runs on the screen's UI, as its owner; reads no
         * database: everything it needs is in the model.
         */
        void show(SpaceModel model, UUID viewerId);
    }

    private final Component page;
    private final LiveSpaces live;
    private final List<Section> sections = new ArrayList<>();
    private final AtomicReference<SpaceModel> latest = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private LiveSpaces.Watch watch;
    private UUID spaceId;
    private UUID viewerId;
    private long shown = -1;

    public LiveScreen(Component page, LiveSpaces live) {
        this.page = page;
        this.live = live;
        page.addAttachListener(attach -> start());
        page.addDetachListener(detach -> stop());
    }

    /** Adds a section; it is shown each model from the next one on. */
    public void add(Section section) {
        sections.add(section);
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
    }

    private void start() {
        if (spaceId == null || watch != null) {
            return;
        }
        UI ui = page.getUI().orElseThrow();
        SecurityContext owner = SecurityContextHolder.getContext();
        watch = live.watch(spaceId, model -> offer(ui, owner, model));
        show(watch.model());
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
