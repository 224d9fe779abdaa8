package app.commonground.counselling.ui;

import app.commonground.base.live.LiveSpaces;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.Texts;
import app.commonground.counselling.CaseloadService;
import app.commonground.counselling.CaseloadViews.Case;
import app.commonground.counselling.CaseloadViews.Standing;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A counsellor's couples on one page, soonest next session first. Read once when the page opens, after it starts
 * following the couples' spaces; then a couple whose space changes (here or on another server) is read again
 * alone, and all of them once a new day begins (the counts that depend on the day move with it). No space's model
 * is kept for it.
 */
public class CaseloadPanel extends Div {

    private static final ScheduledExecutorService NEW_DAY = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("caseload-new-day").daemon(true).factory());
    /** The caseload's days are UTC days, as "since our last session" counts them. */
    private static final Duration PAST_MIDNIGHT = Duration.ofSeconds(1);

    private final CaseloadService caseload;
    private final LiveSpaces live;
    private final Clock clock;
    private final Div current = new Div();
    private final Div ended = new Div();
    private final Div endedSection;
    private final Paragraph none = Texts.text(new Paragraph(), "counselling.caseload.none");
    private final Map<UUID, CaseCard> cards = new LinkedHashMap<>();
    private final Set<UUID> changed = new HashSet<>();
    private Registration following;
    private ScheduledFuture<?> newDay;

    public CaseloadPanel(CaseloadService caseload, LiveSpaces live, Clock clock) {
        this.caseload = caseload;
        this.live = live;
        this.clock = clock;
        setId("caseload");
        addClassName("cg-caseload");
        current.addClassName("cg-case-list");
        ended.addClassName("cg-case-list");
        none.addClassName("cg-empty");
        endedSection = new Div(Texts.text(new H2(), "counselling.caseload.ended"), ended);
        endedSection.addClassName("cg-caseload-ended");
        add(none, current, endedSection);
    }

    /**
     * Follows the caller's couples and then reads them, so that no change falls between the read and the
     * following; on the request that opens the page.
     */
    public void open() {
        unfollow();
        follow(caseload.followed(), UI.getCurrent());
        cards.clear();
        caseload.caseload().forEach(c -> cards.put(c.spaceId(), new CaseCard(c)));
        arrange();
    }

    /** Whether there is a couple to show. */
    public boolean isEmpty() {
        return cards.isEmpty();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        unfollow();
    }

    private void follow(List<UUID> spaceIds, UI ui) {
        if (spaceIds.isEmpty()) {
            return;
        }
        Consumer<Runnable> onScreen = LiveScreen.onScreenOf(ui);
        following = live.follow(spaceIds, spaceId -> {
            if (markChanged(Set.of(spaceId))) {
                onScreen.accept(this::readChanged);
            }
        });
        wakeOnANewDay(onScreen, spaceIds);
    }

    private void wakeOnANewDay(Consumer<Runnable> onScreen, List<UUID> spaceIds) {
        Instant now = clock.instant();
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        newDay = NEW_DAY.schedule(() -> {
            if (markChanged(Set.copyOf(spaceIds))) {
                onScreen.accept(this::readChanged);
            }
            wakeOnANewDay(onScreen, spaceIds);
        }, Duration.between(now, midnight.plus(PAST_MIDNIGHT)).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Notes couples to read again; whether a read has to be asked for (none is waiting already). */
    private boolean markChanged(Set<UUID> spaceIds) {
        synchronized (changed) {
            boolean first = changed.isEmpty();
            changed.addAll(spaceIds);
            return first;
        }
    }

    private void unfollow() {
        if (following != null) {
            following.remove();
            following = null;
        }
        if (newDay != null) {
            newDay.cancel(false);
            newDay = null;
        }
        synchronized (changed) {
            changed.clear();
        }
    }

    /** Reads the couples that changed since the last time, all in one go, and puts each in its place. */
    private void readChanged() {
        Set<UUID> ids;
        synchronized (changed) {
            ids = Set.copyOf(changed);
            changed.clear();
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<UUID, Case> fresh = new LinkedHashMap<>();
        caseload.cases(ids).forEach(c -> fresh.put(c.spaceId(), c));
        for (UUID spaceId : ids) {
            Case now = fresh.get(spaceId);
            if (now == null) {
                cards.remove(spaceId);
            } else if (cards.containsKey(spaceId)) {
                cards.get(spaceId).show(now);
            } else {
                cards.put(spaceId, new CaseCard(now));
            }
        }
        arrange();
    }

    /**
     * Puts the cards in the caseload's order (the next session first, couples without one after, ended ones in
     * their own section), moving none when the order stands.
     */
    private void arrange() {
        List<CaseCard> ordered = cards.values().stream()
                .sorted((a, b) -> Case.ORDER.compare(a.shown(), b.shown())).toList();
        place(current, ordered.stream().filter(card -> card.shown().standing() != Standing.ENDED).toList());
        place(ended, ordered.stream().filter(card -> card.shown().standing() == Standing.ENDED).toList());
        endedSection.setVisible(ended.getComponentCount() > 0);
        none.setVisible(current.getComponentCount() == 0 && ended.getComponentCount() > 0);
    }

    private static void place(Div list, List<CaseCard> cards) {
        if (!cards.equals(list.getChildren().toList())) {
            list.removeAll();
            cards.forEach(list::add);
        }
    }
}
