package app.commonground.counselling.ui;

import app.commonground.base.live.LiveSpaces;
import app.commonground.base.ui.LiveScreen;
import app.commonground.counselling.CaseloadService;
import app.commonground.counselling.CaseloadViews.Case;
import app.commonground.counselling.CaseloadViews.Standing;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A counsellor's couples on one page, soonest next session first. Read once when the page opens; then a couple
 * whose space changes (here or on another server) is read again alone, and only while the page is open: no
 * space's model is kept for it.
 */
public class CaseloadPanel extends Div {

    private final CaseloadService caseload;
    private final LiveSpaces live;
    private final Div current = new Div();
    private final Div ended = new Div();
    private final Map<UUID, CaseCard> cards = new LinkedHashMap<>();
    private final Set<UUID> changed = new HashSet<>();
    private Registration following;

    public CaseloadPanel(CaseloadService caseload, LiveSpaces live) {
        this.caseload = caseload;
        this.live = live;
        setId("caseload");
        addClassName("cg-caseload");
        current.addClassName("cg-case-list");
        ended.addClassName("cg-case-list");
        Div endedSection = new Div(new H2("Your notes from earlier couples"), ended);
        endedSection.addClassName("cg-caseload-ended");
        add(current, endedSection);
    }

    /** Shows these cases (the caller read them), and follows their spaces while the panel is on screen. */
    public void show(List<Case> cases) {
        cards.clear();
        cases.forEach(c -> cards.put(c.spaceId(), new CaseCard(c)));
        arrange();
        if (isAttached()) {
            follow();
        }
    }

    /** Whether there is a couple to show. */
    public boolean isEmpty() {
        return cards.isEmpty();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        follow();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        unfollow();
    }

    private void follow() {
        unfollow();
        List<UUID> followed = cards.values().stream().map(CaseCard::shown)
                .filter(c -> c.standing() != Standing.ENDED).map(Case::spaceId).toList();
        if (followed.isEmpty()) {
            return;
        }
        Consumer<Runnable> onScreen = LiveScreen.onScreenOf(getUI().orElseThrow());
        following = live.follow(followed, spaceId -> {
            boolean first;
            synchronized (changed) {
                first = changed.isEmpty();
                changed.add(spaceId);
            }
            if (first) {
                onScreen.accept(this::readChanged);
            }
        });
    }

    private void unfollow() {
        if (following != null) {
            following.remove();
            following = null;
        }
    }

    /** Reads the couples that changed since the last time, all in one go, and puts each in its place. */
    private void readChanged() {
        Set<UUID> ids;
        synchronized (changed) {
            ids = Set.copyOf(changed);
            changed.clear();
        }
        Map<UUID, Case> fresh = new LinkedHashMap<>();
        caseload.cases(ids).forEach(c -> fresh.put(c.spaceId(), c));
        for (UUID spaceId : ids) {
            Case now = fresh.get(spaceId);
            if (now == null) {
                cards.remove(spaceId);
            } else {
                cards.get(spaceId).show(now);
            }
        }
        arrange();
    }

    /**
     * Puts the cards in the caseload's order (the next session first, couples without one after, ended last),
     * moving none when the order stands.
     */
    private void arrange() {
        List<CaseCard> ordered = cards.values().stream()
                .sorted((a, b) -> Case.ORDER.compare(a.shown(), b.shown())).toList();
        if (ordered.equals(Stream.concat(current.getChildren(), ended.getChildren()).toList())) {
            return;
        }
        current.removeAll();
        ended.removeAll();
        ordered.forEach(card -> (card.shown().standing() == Standing.ENDED ? ended : current).add(card));
        ended.getParent().ifPresent(section -> section.setVisible(ended.getComponentCount() > 0));
        if (current.getComponentCount() == 0 && ended.getComponentCount() > 0) {
            Paragraph none = new Paragraph("No couple has you as their counsellor right now.");
            none.addClassName("cg-empty");
            current.add(none);
        }
    }
}
