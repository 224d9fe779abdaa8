package app.commonground.checkin.ui;

import app.commonground.base.ui.SpaceLinks;
import app.commonground.base.ui.Texts;
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

import static app.commonground.base.ui.Texts.t;
import static app.commonground.checkin.ui.Blocks.note;
import static app.commonground.checkin.ui.Blocks.titled;

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
                topic("checkin.revealed.howWeAre", checkin, answers -> answers.connection() == null ? null
                        : t("checkin.revealed.ratings", answers.connection(), answers.showedUp())),
                topic("checkin.revealed.newInfo", checkin, Revealed::newInfo),
                topic("checkin.revealed.puzzled", checkin, Revealed::puzzled),
                topic("checkin.revealed.heavy", checkin, Revealed::heavy),
                topic("checkin.revealed.wish", checkin, Revealed::wish));
    }

    private static Component appreciations(CheckinView checkin, Map<UUID, CheckinDetail.Link> links, UUID spaceId) {
        Div appreciated = new Div(Texts.text(new H4(), "checkin.revealed.appreciations"));
        appreciated.addClassName("cg-checkin-appreciations");
        appreciated.setId("checkin-appreciations");
        Div sides = new Div();
        sides.addClassName("cg-checkin-sides");
        for (Revealed answers : checkin.answers()) {
            Div side = new Div(Texts.text(new Span(), "checkin.revealed.appreciated", answers.name(), you(answers)));
            side.addClassName("cg-checkin-side");
            UnorderedList list = new UnorderedList();
            for (AppreciationView appreciation : answers.appreciations()) {
                ListItem item = new ListItem(new Span(appreciation.text()));
                CheckinDetail.Link about = appreciation.linkId() == null ? null : links.get(appreciation.linkId());
                if (about != null) {
                    item.add(new Span(" · "), titled(about.kind() == LinkKind.ITEM
                            ? SpaceLinks.item(spaceId, appreciation.linkId())
                            : SpaceLinks.responsibility(spaceId, appreciation.linkId()), about.title()));
                }
                list.add(item);
            }
            side.add(answers.appreciations().isEmpty() ? note("checkin.revealed.nothingShared") : list);
            sides.add(side);
        }
        appreciated.add(sides);
        return appreciated;
    }

    /** A topic headed by the message {@code labelKey}: each partner's answer, said by {@code answer} (none: left out). */
    private static Component topic(String labelKey, CheckinView checkin, Function<Revealed, String> answer) {
        Div sides = new Div();
        sides.addClassName("cg-checkin-sides");
        for (Revealed answers : checkin.answers()) {
            if (answer.apply(answers) != null) {
                Div side = new Div(Texts.text(new Span(), "checkin.revealed.who", answers.name(), you(answers)),
                        Texts.text(new Paragraph(), () -> answer.apply(answers)));
                side.addClassName("cg-checkin-side");
                sides.add(side);
            }
        }
        Div block = new Div(Texts.text(new H4(), labelKey), sides);
        block.addClassName("cg-checkin-topic");
        block.setVisible(sides.getComponentCount() > 0);
        return block;
    }

    /** "you" or "other", for a message to choose its words. */
    private static String you(Revealed answers) {
        return answers.you() ? "you" : "other";
    }
}
