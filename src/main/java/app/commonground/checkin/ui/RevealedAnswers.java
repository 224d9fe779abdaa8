package app.commonground.checkin.ui;

import app.commonground.base.ui.SpaceLinks;
import app.commonground.checkin.CheckinViews.AppreciationView;
import app.commonground.checkin.CheckinViews.CheckinView;
import app.commonground.checkin.CheckinViews.Revealed;
import app.commonground.checkin.LinkKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static app.commonground.checkin.ui.Blocks.link;
import static app.commonground.base.ui.Pieces.note;

/**
 * Both partners' answers once both have submitted, side by side, appreciations first: all of them for a partner,
 * what each chose to share for the counsellor.
 */
final class RevealedAnswers {

    private RevealedAnswers() {
    }

    /** One block per topic, each with what each partner said in it; a topic nobody answered is hidden. */
    static List<Component> blocks(CheckinView checkin, Map<UUID, CheckinDetail.Link> links, UUID spaceId) {
        return List.of(appreciations(checkin, links, spaceId),
                topic("How we are", checkin, answers -> answers.connection() == null ? null
                        : "Felt connected " + answers.connection() + "/10 · showed up " + answers.showedUp() + "/10"),
                topic("New information", checkin, Revealed::newInfo),
                topic("Puzzled or worried", checkin, Revealed::puzzled),
                topic("Felt heavy", checkin, Revealed::heavy),
                topic("A wish for the coming week", checkin, Revealed::wish));
    }

    private static Component appreciations(CheckinView checkin, Map<UUID, CheckinDetail.Link> links, UUID spaceId) {
        Div appreciated = new Div(new H4("Appreciations"));
        appreciated.addClassName("cg-checkin-appreciations");
        appreciated.setId("checkin-appreciations");
        Div sides = new Div();
        sides.addClassName("cg-checkin-sides");
        for (Revealed answers : checkin.answers()) {
            Div side = new Div(new Span(answers.you() ? "You appreciated" : answers.name() + " appreciated"));
            side.addClassName("cg-checkin-side");
            UnorderedList list = new UnorderedList();
            for (AppreciationView appreciation : answers.appreciations()) {
                ListItem item = new ListItem(new Span(appreciation.text()));
                CheckinDetail.Link about = appreciation.linkId() == null ? null : links.get(appreciation.linkId());
                if (about != null) {
                    item.add(new Span(" · "), link(about.kind() == LinkKind.ITEM
                            ? SpaceLinks.item(spaceId, appreciation.linkId())
                            : SpaceLinks.responsibility(spaceId, appreciation.linkId()), about.title()));
                }
                list.add(item);
            }
            side.add(answers.appreciations().isEmpty() ? note("Nothing shared with you here.") : list);
            sides.add(side);
        }
        appreciated.add(sides);
        return appreciated;
    }

    private static Component topic(String label, CheckinView checkin, Function<Revealed, String> answer) {
        Div sides = new Div();
        sides.addClassName("cg-checkin-sides");
        for (Revealed answers : checkin.answers()) {
            String said = answer.apply(answers);
            if (said != null) {
                Div side = new Div(new Span(answers.you() ? "You" : answers.name()), new Paragraph(said));
                side.addClassName("cg-checkin-side");
                sides.add(side);
            }
        }
        Div block = new Div(new H4(label), sides);
        block.addClassName("cg-checkin-topic");
        block.setVisible(sides.getComponentCount() > 0);
        return block;
    }
}
