package app.commonground.counselling.ui;

import app.commonground.base.ui.Dates;
import app.commonground.base.ui.InAppLink;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.counselling.CaseloadViews.Case;
import app.commonground.counselling.CaseloadViews.SinceCounts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.ArrayList;
import java.util.List;

/** One couple on the counsellor's page: where they stand, the sessions, what changed since the last one. */
class CaseCard extends Div {

    private Case shown;

    CaseCard(Case first) {
        addClassNames("cg-case");
        getElement().setAttribute("data-space", first.spaceId().toString());
        show(first);
    }

    /** Shows the case as it is now; the same case again changes nothing on the page. */
    void show(Case now) {
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        removeAll();
        H3 name = new H3(now.spaceName());
        name.addClassName("cg-case-name");
        Span badge = new Span(switch (now.standing()) {
            case OBSERVING -> "Observing";
            case WAITING_FOR_CONSENT -> "Waiting for consent";
            case ENDED -> "Access ended";
        });
        badge.addClassNames("cg-badge", switch (now.standing()) {
            case OBSERVING -> "cg-badge-observer";
            case WAITING_FOR_CONSENT -> "cg-badge-waiting";
            case ENDED -> "cg-badge-ended";
        });
        Div heading = new Div(name, badge);
        heading.addClassName("cg-case-heading");
        add(heading);
        switch (now.standing()) {
            case OBSERVING -> observing(now);
            case WAITING_FOR_CONSENT -> add(line(switch (now.waitingFor()) {
                case 0 -> "Waiting for the second partner to join and say yes.";
                case 1 -> "Waiting for one partner to say yes.";
                default -> "Waiting for both partners to say yes.";
            } + " You'll see their space once both have."));
            case ENDED -> {
                add(line("Their space is closed to you; your notes stay yours to read."));
                add(links(InAppLink.to("notes/" + now.spaceId(), notes(now.notes()))));
            }
        }
    }

    Case shown() {
        return shown;
    }

    private void observing(Case now) {
        String people = String.join(" & ", now.partnerNames());
        if (!now.partnerNames().isEmpty() && !people.equals(now.spaceName())) {
            Span names = new Span(people);
            names.addClassName("cg-space-people");
            add(names);
        }
        Paragraph sessions = new Paragraph();
        sessions.addClassName("cg-case-sessions");
        sessions.add(fact("Next session", now.nextSession() == null ? "none planned" : Dates.dayAndTime(now.nextSession())),
                fact("Last session", now.lastSession() == null ? "none yet" : Dates.day(now.lastSession())));
        add(sessions);
        if (!now.askedForAnotherTime().isEmpty()) {
            Paragraph asked = line(String.join(" and ", now.askedForAnotherTime()) + " asked for another time.");
            asked.addClassName("cg-case-asked");
            add(asked);
        }
        if (now.since() != null) {
            add(since(now.since(), now.lastSession() == null));
        }
        add(links(InAppLink.to(SpaceLinks.since(now.spaceId()), "Since our last session"),
                InAppLink.to(SpaceLinks.section(now.spaceId(), SpaceLinks.Section.SESSIONS), "Sessions and notes"),
                InAppLink.to(SpaceLinks.space(now.spaceId()), "Open the space")));
    }

    private static Div since(SinceCounts counts, boolean noSessionYet) {
        Div since = new Div();
        since.addClassName("cg-case-since");
        String from = (noSessionYet ? "In the last four weeks" : "Since " + Dates.day(counts.from()));
        if (counts.nothing()) {
            since.add(line(from + ": nothing new to look at."));
            return since;
        }
        since.add(line(from + ":"));
        List<ListItem> items = new ArrayList<>();
        count(items, counts.goalsAchieved(), "goal or hobby achieved", "goals and hobbies achieved", false);
        count(items, counts.agreementsSigned(), "agreement signed", "agreements signed", false);
        count(items, counts.checkinsRevealed(), "check-in revealed", "check-ins revealed", false);
        count(items, counts.boundariesShared(), "boundary shared", "boundaries shared", false);
        count(items, counts.agreementsDue(), "agreement due for review", "agreements due for review", true);
        count(items, counts.negotiationsWaiting(), "negotiation waiting over two weeks",
                "negotiations waiting over two weeks", true);
        UnorderedList list = new UnorderedList(items.toArray(ListItem[]::new));
        list.addClassName("cg-case-counts");
        since.add(list);
        return since;
    }

    private static void count(List<ListItem> items, int n, String one, String many, boolean needsALook) {
        if (n > 0) {
            ListItem item = new ListItem(n + " " + (n == 1 ? one : many));
            item.addClassName(needsALook ? "cg-case-look" : "cg-case-count");
            items.add(item);
        }
    }

    private static Span fact(String label, String value) {
        Span fact = new Span(label + ": " + value);
        fact.addClassName("cg-case-fact");
        return fact;
    }

    private static Paragraph line(String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName("cg-case-line");
        return line;
    }

    private static Div links(Anchor... links) {
        Div row = new Div(links);
        row.addClassName("cg-case-links");
        return row;
    }

    private static String notes(int n) {
        return n == 1 ? "Your note" : "Your " + n + " notes";
    }
}
