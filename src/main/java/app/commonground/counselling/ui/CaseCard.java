package app.commonground.counselling.ui;

import app.commonground.base.ui.Dates;
import app.commonground.base.ui.InAppLink;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.base.ui.Texts;
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
import java.util.function.IntFunction;
import java.util.function.Supplier;

import static app.commonground.base.ui.Texts.t;

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
        Span badge = Texts.text(new Span(), switch (now.standing()) {
            case OBSERVING -> "counselling.case.observing";
            case WAITING_FOR_CONSENT -> "counselling.case.waiting";
            case ENDED -> "counselling.case.ended";
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
            case WAITING_FOR_CONSENT -> add(line(() -> t("counselling.case.waitingFor", now.waitingFor())));
            case ENDED -> {
                add(line(() -> t("counselling.case.closed")));
                add(links(Texts.text(InAppLink.to("notes/" + now.spaceId()),
                        () -> t("counselling.case.notes", now.notes()))));
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
        sessions.add(fact(() -> now.nextSession() == null ? t("counselling.case.next.none")
                        : t("counselling.case.next", Dates.dayAndTime(now.nextSession()))),
                fact(() -> now.lastSession() == null ? t("counselling.case.last.none")
                        : t("counselling.case.last", Dates.day(now.lastSession()))));
        add(sessions);
        List<String> asked = now.askedForAnotherTime();
        if (!asked.isEmpty()) {
            // A space has two partners at most: one name, or both.
            Paragraph askedLine = line(() -> t("counselling.case.asked", asked.size(), asked.getFirst(),
                    asked.getLast()));
            askedLine.addClassName("cg-case-asked");
            add(askedLine);
        }
        if (now.since() != null) {
            add(since(now.since(), now.lastSession() == null));
        }
        add(links(Texts.text(InAppLink.to(SpaceLinks.since(now.spaceId())), "counselling.case.since"),
                Texts.text(InAppLink.to(SpaceLinks.section(now.spaceId(), SpaceLinks.Section.SESSIONS)),
                        "counselling.case.sessions"),
                Texts.text(InAppLink.to(SpaceLinks.space(now.spaceId())), "counselling.case.open")));
    }

    private static Div since(SinceCounts counts, boolean noSessionYet) {
        Div since = new Div();
        since.addClassName("cg-case-since");
        if (counts.nothing()) {
            since.add(line(() -> noSessionYet ? t("counselling.case.fourWeeks.nothing")
                    : t("counselling.case.sinceDay.nothing", Dates.day(counts.from()))));
            return since;
        }
        since.add(line(() -> noSessionYet ? t("counselling.case.fourWeeks")
                : t("counselling.case.sinceDay", Dates.day(counts.from()))));
        List<ListItem> items = new ArrayList<>();
        count(items, counts.goalsAchieved(), n -> t("counselling.case.count.goalsAchieved", n), false);
        count(items, counts.agreementsSigned(), n -> t("counselling.case.count.agreementsSigned", n), false);
        count(items, counts.checkinsRevealed(), n -> t("counselling.case.count.checkinsRevealed", n), false);
        count(items, counts.boundariesShared(), n -> t("counselling.case.count.boundariesShared", n), false);
        count(items, counts.agreementsDue(), n -> t("counselling.case.count.agreementsDue", n), true);
        count(items, counts.negotiationsWaiting(), n -> t("counselling.case.count.negotiationsWaiting", n), true);
        UnorderedList list = new UnorderedList(items.toArray(ListItem[]::new));
        list.addClassName("cg-case-counts");
        since.add(list);
        return since;
    }

    private static void count(List<ListItem> items, int n, IntFunction<String> words, boolean needsALook) {
        if (n > 0) {
            ListItem item = Texts.text(new ListItem(), () -> words.apply(n));
            item.addClassName(needsALook ? "cg-case-look" : "cg-case-count");
            items.add(item);
        }
    }

    private static Span fact(Supplier<String> words) {
        Span fact = Texts.text(new Span(), words);
        fact.addClassName("cg-case-fact");
        return fact;
    }

    private static Paragraph line(Supplier<String> words) {
        Paragraph line = Texts.text(new Paragraph(), words);
        line.addClassName("cg-case-line");
        return line;
    }

    private static Div links(Anchor... links) {
        Div row = new Div(links);
        row.addClassName("cg-case-links");
        return row;
    }
}
