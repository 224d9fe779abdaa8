package app.commonground.checkin.ui;

import app.commonground.base.ui.SpaceLinks;
import app.commonground.base.ui.Texts;
import app.commonground.checkin.CheckinViews.AgendaLine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.commonground.checkin.ui.Blocks.link;
import static app.commonground.checkin.ui.Blocks.note;

/** What happened since the last check-in, each line with a link to it where the viewer may see it. */
final class CheckinAgenda {

    private CheckinAgenda() {
    }

    static Component block(List<AgendaLine> agenda, Map<UUID, CheckinDetail.Link> links, UUID spaceId) {
        if (agenda.isEmpty()) {
            Div block = new Div(Texts.text(new H4(), "checkin.agenda.title"), note("checkin.agenda.empty"));
            block.addClassName("cg-checkin-agenda");
            return block;
        }
        UnorderedList lines = new UnorderedList();
        for (AgendaLine line : agenda) {
            ListItem item = new ListItem();
            item.add(Texts.text(new Span(), () -> AgendaText.of(line) + " "));
            String href = switch (line.kind()) {
                case GOAL_ACHIEVED -> links.containsKey(line.subjectId()) ? SpaceLinks.item(spaceId, line.subjectId()) : null;
                case RESPONSIBILITY_AGREED, RESPONSIBILITY_CHANGED, RESPONSIBILITY_HANDED_OVER ->
                        links.containsKey(line.subjectId()) ? SpaceLinks.responsibility(spaceId, line.subjectId()) : null;
                case OUTCOME_DUE_FOR_REVIEW -> SpaceLinks.negotiation(spaceId, line.subjectId());
                case BOUNDARY_DUE_FOR_REVIEW, VALUE_DUE_FOR_REVIEW, LAST_WISH -> null;
            };
            if (href != null) {
                item.add(link(href, "checkin.agenda.show"));
            }
            lines.add(item);
        }
        Div block = new Div(Texts.text(new H4(), "checkin.agenda.title"), lines);
        block.addClassName("cg-checkin-agenda");
        block.setId("checkin-agenda");
        return block;
    }
}
