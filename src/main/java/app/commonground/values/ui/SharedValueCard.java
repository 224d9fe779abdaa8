package app.commonground.values.ui;

import app.commonground.base.ui.Pieces;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.base.ui.Texts;
import app.commonground.space.SpaceMembers;
import app.commonground.values.ValuesViews.SharedValueView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.commonground.base.ui.Texts.t;
import static app.commonground.values.ui.ValuesParts.note;

/**
 * One shared value, proposed or agreed: what it means, the shared goals it shows in, whether the counsellor will
 * see it, when to look at it again and, for a partner, "Accept" (when it waits for them) and "Change".
 */
class SharedValueCard extends Div {

    /** What a card asks the shared values around it to do. */
    interface Actions {
        void accept(SharedValueView value);

        void change(SharedValueView value);
    }

    /**
     * @param goals   the shared goals on the board the viewer sees, by id: the value's links to them
     * @param partner whether the viewer is a partner: only a partner gets buttons
     */
    SharedValueCard(SharedValueView value, UUID spaceId, Map<UUID, String> goals, boolean partner, Actions actions) {
        addClassName("cg-shared-value");
        getElement().setAttribute("data-value", value.name());
        Span name = Texts.text(new Span(), () -> ValuesText.value(value.name()));
        name.addClassName("cg-responsibility-title");
        Span state = Texts.text(new Span(), () -> value.agreed() ? t("values.shared.agreed")
                : t("values.shared.proposedBy", SpaceMembers.FORMER_MEMBER.equals(value.proposedByName())
                        ? t("values.shared.formerMember") : value.proposedByName()));
        state.addClassNames("cg-status", value.agreed() ? "cg-status-active" : "cg-status-idea");
        Div top = new Div(name, state);
        top.addClassName("cg-item-top");
        add(top, new Paragraph(value.meaning()));
        List<Component> links = value.goalIds().stream().filter(goals::containsKey).map(id -> {
            Anchor link = new Anchor(SpaceLinks.item(spaceId, id), goals.get(id));
            link.getElement().setAttribute("router-link", true);
            return (Component) link;
        }).toList();
        if (!links.isEmpty()) {
            Div shows = new Div(Texts.text(new Span(), "values.shared.showsIn"));
            links.forEach(shows::add);
            shows.addClassName("cg-note");
            add(shows);
        }
        if (value.sharingAsked()) {
            add(note("values.shared.sharingAsked"));
        }
        if (value.reviewDate() != null) {
            add(ValuesParts.reviewNote(value.reviewDate(), value.dueForReview()));
        }
        if (partner) {
            add(buttons(value, actions));
        }
    }

    private static Div buttons(SharedValueView value, Actions actions) {
        List<Component> buttons = new ArrayList<>();
        if (value.waitingForViewer()) {
            Button accept = Texts.text(new Button("", click -> actions.accept(value)), "values.shared.accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.addClassName("cg-value-accept");
            buttons.add(accept);
        }
        Button change = Texts.text(new Button("", click -> actions.change(value)), "values.shared.change");
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        buttons.add(change);
        return Pieces.row(buttons.toArray(Component[]::new));
    }
}
