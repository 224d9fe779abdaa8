package app.commonground.checkin.ui;

import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.Texts;
import app.commonground.checkin.AppreciationDraft;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.commonground.base.ui.Texts.t;

/** One "I appreciated…" line of the answers: the words, what it is about, and whether the counsellor may see it. */
final class AppreciationRow {

    final TextField text = new TextField();
    final Select<UUID> about = new Select<>();
    final Checkbox shared;
    private final Div row = new Div();
    private Map<UUID, CheckinDetail.Link> offered = Map.of();

    AppreciationRow(int index) {
        shared = AnswersForm.shareBox(() -> t("checkin.appreciation.share", index + 1));
        Blocks.aria(text, () -> t("checkin.appreciation.aria"));
        Texts.placeholder(text, index == 0 ? "checkin.appreciation.first" : "checkin.appreciation.more");
        CharacterLimit.on(text, 500);
        text.setWidthFull();
        text.setId("checkin-appreciation-" + index);
        Texts.placeholder(about, "checkin.appreciation.about");
        Blocks.aria(about, () -> t("checkin.appreciation.about.aria"));
        about.setEmptySelectionAllowed(true);
        Texts.bind(about, "items", () -> t("checkin.appreciation.nothing"), nothing -> {
            about.setEmptySelectionCaption(nothing);
            about.setItemLabelGenerator(id -> id == null || !offered.containsKey(id)
                    ? t("checkin.appreciation.nothing") : offered.get(id).title());
        });
        row.addClassName("cg-checkin-appreciation");
    }

    /** The row, offering what the viewer sees now to be about; a choice that is still offered stays chosen. */
    Div row(Map<UUID, CheckinDetail.Link> links) {
        if (!links.equals(offered)) {
            UUID chosen = about.getValue();
            offered = Map.copyOf(links);
            about.setItems(List.copyOf(links.keySet()));
            about.setValue(chosen != null && links.containsKey(chosen) ? chosen : null);
        }
        InPlace.children(row, text, about, shared);
        return row;
    }

    void load(AppreciationDraft draft) {
        text.setValue(draft.text());
        about.setValue(draft.linkId());
        shared.setValue(draft.shared());
    }

    AppreciationDraft draft() {
        UUID link = about.getValue();
        return new AppreciationDraft(text.getValue(), link == null ? null : offered.get(link).kind(), link,
                shared.getValue());
    }
}
