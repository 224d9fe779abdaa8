package app.commonground.negotiation.ui;

import app.commonground.base.ui.InPlace;
import app.commonground.negotiation.MirrorStatus;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NegotiationViews.Restatement;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.commonground.base.ui.Pieces.note;

import static app.commonground.base.ui.Texts.t;

/**
 * The mirror step, one card per restatement: the listener puts the speaker's core needs in their own words, the
 * speaker answers "Yes, you got it" or says what was missed, and everyone else sees who is waiting for whom.
 */
final class MirrorCards extends StepPart {

    final TextArea restatement = wide(new TextArea(t("negotiation.mirror.restatement")), 1000);
    final TextArea correction = wide(new TextArea(t("negotiation.mirror.correction")), 1000);

    MirrorCards(StepClicks clicks) {
        super(clicks);
        restatement.setId("negotiation-restatement");
        correction.setId("negotiation-correction");
        clicks.fields(Map.of("restatement", restatement, "correction", correction));
    }

    List<Component> show(Detail detail) {
        List<Component> cards = new ArrayList<>();
        for (int index = 0; index < detail.restatements().size(); index++) {
            Div card = panel("mirror-" + index, "cg-mirror");
            InPlace.children(card, card(detail.id(), detail.restatements().get(index)));
            cards.add(card);
        }
        return cards;
    }

    private List<Component> card(UUID id, Restatement mirror) {
        List<Component> parts = new ArrayList<>(List.of(
                new H3(t("negotiation.mirror.title", mirror.listenerName(), mirror.speakerName()))));
        if (mirror.text() != null) {
            Paragraph said = new Paragraph("“" + mirror.text() + "”");
            said.addClassName("cg-restatement");
            parts.add(said);
        }
        if (mirror.status() == MirrorStatus.CONFIRMED) {
            parts.add(note(t("negotiation.mirror.gotIt.said", mirror.speakerName())));
        } else if (mirror.status() == MirrorStatus.CORRECTED) {
            parts.add(note(t("negotiation.mirror.notQuite.said", mirror.speakerName(), mirror.correction())));
        }
        boolean toWrite = mirror.status() == MirrorStatus.WRITING || mirror.status() == MirrorStatus.CORRECTED;
        if (!mirror.viewerListens() && mirror.status() == MirrorStatus.WRITING) {
            parts.add(note(t("negotiation.mirror.waiting", mirror.listenerName(), mirror.speakerName(),
                    mirror.viewerSpeaks() ? "you" : "other")));
        }
        if (mirror.viewerListens() && toWrite) {
            Button check = button("restate", t("negotiation.mirror.check", mirror.speakerName()), true,
                    service -> service.restate(id, restatement.getValue()));
            check.setId("negotiation-restate");
            parts.addAll(List.of(restatement, check));
        }
        if (mirror.viewerSpeaks() && mirror.status() == MirrorStatus.WAITING) {
            Button yes = button("got-it", t("negotiation.mirror.gotIt"), true,
                    service -> service.answerRestatement(id, true, null));
            yes.setId("negotiation-got-it");
            Button notQuite = button("not-quite", t("negotiation.mirror.notQuite"), false,
                    service -> service.answerRestatement(id, false, correction.getValue()));
            parts.addAll(List.of(correction, row("mirror-answers", yes, notQuite)));
        }
        return parts;
    }

    @Override
    void forget() {
        super.forget();
        restatement.clear();
        correction.clear();
    }
}
