package app.commonground.checkin.ui;

import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.InPlace;
import app.commonground.checkin.AppreciationDraft;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One "I appreciated…" line of the answers: the words, what it is about, and whether the counsellor may see it. */
final class AppreciationRow {

    final TextField text = new TextField();
    final Select<UUID> about = new Select<>();
    final Checkbox shared;
    private final Div row = new Div();
    private Map<UUID, CheckinDetail.Link> offered = Map.of();

    AppreciationRow(int index) {
        shared = AnswersForm.shareBox("appreciation " + (index + 1));
        text.setAriaLabel("I appreciated");
        text.setPlaceholder(index == 0 ? "I appreciated how you…" : "And…");
        CharacterLimit.on(text, 500);
        text.setWidthFull();
        text.setId("checkin-appreciation-" + index);
        about.setPlaceholder("About (optional)");
        about.setAriaLabel("What it is about");
        about.setEmptySelectionAllowed(true);
        about.setEmptySelectionCaption("Nothing in particular");
        row.addClassName("cg-checkin-appreciation");
    }

    /** The row, offering what the viewer sees now to be about; a choice that is still offered stays chosen. */
    Div row(Map<UUID, CheckinDetail.Link> links) {
        if (!links.equals(offered)) {
            UUID chosen = about.getValue();
            offered = Map.copyOf(links);
            about.setItemLabelGenerator(id -> id == null || !links.containsKey(id) ? "Nothing in particular"
                    : links.get(id).title());
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
