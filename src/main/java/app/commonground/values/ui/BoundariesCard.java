package app.commonground.values.ui;

import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.base.ui.Texts;
import app.commonground.values.BoundaryDraft;
import app.commonground.values.ValuesService;
import app.commonground.values.ValuesViews.BoundaryView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.commonground.values.ui.ValuesParts.note;

/**
 * Boundaries: each partner's published boundaries and their acknowledgement and, for a partner, the editor of
 * their own (made when first opened) and their private drafts and self-check.
 */
class BoundariesCard extends Div implements BoundaryCards.Actions {

    /** Null until the person first writes or changes a boundary on this screen. */
    BoundaryEditor editor;

    private final ValuesService service;
    private final Steps steps;
    private final BoundaryCards cards;
    private final Button write = Texts.text(new Button(), "values.boundaries.write");
    /** Null until the card is first shown to a partner. */
    private MyDraftsAndSelfCheck mine;
    private List<BoundaryView> boundaries;
    private boolean partner;

    BoundariesCard(ValuesService service, Steps steps) {
        this.service = service;
        this.steps = steps;
        this.cards = new BoundaryCards(service, steps, this);
        write.setId("boundary-write");
        write.addClickListener(click -> edit(null, 0, new BoundaryDraft(null, "", false, null)));
        addClassNames("cg-panel", "cg-values-card");
        setId("values-boundaries");
    }

    void show(List<BoundaryView> shown, boolean viewerIsPartner) {
        boundaries = shown;
        partner = viewerIsPartner;
        cards.show(steps.spaceId(), shown, viewerIsPartner);
        List<Component> parts = new ArrayList<>(List.of(Texts.text(new H3(), "values.boundaries.title"),
                viewerIsPartner ? note("values.boundaries.about.partner")
                        : note("values.boundaries.about.counsellor")));
        parts.add(cards);
        if (viewerIsPartner) {
            parts.add(editor != null && editor.isOpen() ? editor : write);
            parts.add(mine());
        }
        InPlace.children(this, parts);
    }

    @Override
    public void change(BoundaryView boundary) {
        edit(boundary.id(), boundary.revision(), new BoundaryDraft(boundary.kind(), boundary.text(),
                boundary.sharedWithCounsellor(), boundary.reviewDate()));
    }

    @Override
    public void talkedAbout(UUID negotiation) {
        getUI().ifPresent(ui -> ui.navigate(SpaceLinks.space(steps.spaceId()),
                QueryParameters.of(SpaceLinks.NEGOTIATION, negotiation.toString())));
    }

    private void edit(UUID id, int revision, BoundaryDraft draft) {
        if (editor == null) {
            editor = new BoundaryEditor(service, steps, () -> mine().readIfOpen(), this::showAgain);
        }
        editor.open(id, revision, draft);
        showAgain();
        editor.text.focus();
    }

    private void showAgain() {
        show(boundaries, partner);
    }

    private MyDraftsAndSelfCheck mine() {
        if (mine == null) {
            mine = new MyDraftsAndSelfCheck(service, steps, draft -> edit(draft.id(), draft.revision(),
                    new BoundaryDraft(draft.kind(), draft.text(), draft.sharedWithCounsellor(), draft.reviewDate())));
        }
        return mine;
    }
}
