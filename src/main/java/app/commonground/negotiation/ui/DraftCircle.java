package app.commonground.negotiation.ui;

import app.commonground.base.ui.InPlace;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NegotiationViews.MyDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static app.commonground.base.ui.Pieces.note;

import static app.commonground.base.ui.Texts.t;

/**
 * The private draft: the viewer's one to three core needs and their flexible areas, seen by them alone, with
 * whether the other partner is ready. Where the viewer has no draft (a counsellor), it says what the step is.
 */
final class DraftCircle extends StepPart {

    final List<TextField> coreNeeds = IntStream.rangeClosed(1, 3)
            .mapToObj(i -> wide(new TextField(t("negotiation.draft.coreNeed", i)), 200)).toList();
    final TextArea flexible = new TextArea(t("negotiation.draft.flexible"));

    /** Whether the fields hold the viewer's saved draft yet: it is put in once, and never over their typing. */
    private boolean loaded;

    DraftCircle(StepClicks clicks) {
        super(clicks);
        coreNeeds.getFirst().setId("negotiation-core-1");
        flexible.setWidthFull();
        flexible.setHelperText(t("negotiation.draft.flexible.helper"));
        flexible.setId("negotiation-flexible");
        clicks.fields(Map.of("coreNeeds", coreNeeds.getFirst(), "flexible", flexible));
    }

    Component show(Detail detail) {
        Div circle = panel("draft", "cg-draft");
        MyDraft mine = detail.myDraft();
        if (mine == null) {
            InPlace.children(circle, note(t("negotiation.draft.others")));
            return circle;
        }
        if (!loaded) {
            for (int i = 0; i < coreNeeds.size(); i++) {
                coreNeeds.get(i).setValue(i < mine.coreNeeds().size() ? mine.coreNeeds().get(i) : "");
            }
            flexible.setValue(String.join("\n", mine.flexible()));
            loaded = true;
        }
        boolean ready = mine.ready();
        coreNeeds.forEach(field -> field.setReadOnly(ready));
        flexible.setReadOnly(ready);
        Span other = new Span(TurnText.of(detail.otherDraft()));
        other.setId("negotiation-other-draft");
        other.addClassName("cg-other-draft");
        Div actions = keep("draft-actions", Div::new);
        actions.addClassName("cg-item-footer");
        UUID id = detail.id();
        if (!ready) {
            Button save = button("save-draft", t("negotiation.draft.save"), false, service -> service.saveDraft(id, core(), lines()));
            Button readyButton = button("ready", t("negotiation.draft.ready"), true, service -> {
                service.saveDraft(id, core(), lines());
                return service.setReady(id, true);
            });
            readyButton.setId("negotiation-ready");
            InPlace.children(actions, other, save, readyButton);
        } else {
            InPlace.children(actions, other, button("take-back", t("negotiation.draft.takeBack"), false,
                    service -> service.setReady(id, false)));
        }
        List<Component> parts = new ArrayList<>(List.of(new H3(t("negotiation.draft.title")), note(t("negotiation.draft.about"))));
        parts.addAll(coreNeeds);
        parts.addAll(List.of(flexible, actions));
        InPlace.children(circle, parts);
        return circle;
    }

    @Override
    void forget() {
        super.forget();
        loaded = false;
        coreNeeds.forEach(TextField::clear);
        flexible.clear();
    }

    private List<String> core() {
        return coreNeeds.stream().map(TextField::getValue).filter(v -> !v.isBlank()).toList();
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String line : flexible.getValue().split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
