package app.commonground.board.ui;

import app.commonground.base.ui.Dates;
import app.commonground.base.ui.ShareButton;
import app.commonground.base.ui.Texts;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemView;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.UUID;

/**
 * One goal or hobby on the board. Updated in place when it changes, so the page around it does not jump.
 * Its actions are offered only to someone who may change it; the service checks again.
 */
class ItemCard extends Composite<Div> {

    /** What a card can ask of the board. */
    interface Actions {
        void open(ItemView item);

        void markAchieved(ItemView item);

        void moveUp(ItemView item);

        void moveDown(ItemView item);

        void moveAcross(ItemView item);

        void archive(ItemView item);

        void hideFromCounsellor(ItemView item, boolean hidden);
    }

    private final Span kind = new Span();
    private final Span status = new Span();
    private final Span title = new Span();
    private final Div details = new Div();
    private final Span editing = new Span();
    private final Span hidden = Texts.text(new Span(), "board.item.hidden");
    private final Div achieved = new Div();
    private final Button open = new Button();
    private final Button more = new Button(VaadinIcon.ELLIPSIS_DOTS_V.create());
    private final ContextMenu menu = new ContextMenu();
    private final Actions actions;
    private MenuKey menuShown;
    private ItemView item;

    ItemCard(ItemView item, Actions actions) {
        this.actions = actions;
        hidden.addClassNames("cg-badge", "cg-badge-hidden");
        Div top = new Div(kind, hidden, status);
        top.addClassName("cg-item-top");
        title.addClassName("cg-item-title");
        details.addClassName("cg-item-details");
        editing.addClassName("cg-item-editing");
        achieved.addClassName("cg-item-achieved");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.addClickListener(click -> actions.open(this.item));
        open.setId("open-" + item.id());
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        Texts.bind(more, "aria-label", () -> Texts.t("board.item.more"), more::setAriaLabel);
        menu.setTarget(more);
        menu.setOpenOnClick(true);
        Div footer = new Div(editing, open, more);
        footer.addClassName("cg-item-footer");
        getContent().addClassName("cg-item");
        getContent().setId("item-" + item.id());
        getContent().add(top, title, achieved, details, footer);
        show(item);
    }

    UUID itemId() {
        return item.id();
    }

    /** Shows the item as it is now; does nothing if it has not changed. */
    void show(ItemView changed) {
        if (changed.equals(item)) {
            return;
        }
        item = changed;
        boolean goal = changed.kind() == ItemKind.GOAL;
        getContent().getElement().setAttribute("data-kind", goal ? "goal" : "hobby");
        getContent().getElement().setAttribute("data-title", changed.title());
        kind.removeAll();
        Icon icon = (goal ? VaadinIcon.BULLSEYE : VaadinIcon.PALETTE).create();
        kind.add(icon, Texts.text(new Span(), goal ? "board.kind.goal" : "board.kind.hobby"));
        kind.setClassName("cg-item-kind");
        hidden.setVisible(changed.hiddenFromCounsellor());
        Texts.text(status, () -> ItemTexts.status(changed.status()));
        status.setClassName("cg-status cg-status-" + changed.status().name().toLowerCase());
        title.setText(changed.title());

        achieved.removeAll();
        achieved.setVisible(changed.achievedAt() != null);
        if (changed.achievedAt() != null) {
            achieved.add(VaadinIcon.TROPHY.create(), Texts.text(new Span(),
                    () -> Texts.t("board.item.achievedOn", Dates.day(changed.achievedAt()))));
            if (changed.shared() && changed.changeable()) {
                achieved.add(ShareButton.of(changed.title(), Texts.t("board.item.shareText", changed.title(),
                        Dates.day(changed.achievedAt()))));
            }
        }

        details.removeAll();
        if (changed.targetDate() != null) {
            Span target = Texts.text(new Span(), () -> Texts.t("board.item.target", Dates.day(changed.targetDate())));
            target.addClassName("cg-item-target");
            details.add(target);
        }
        if (changed.notes() != null) {
            Paragraph notes = new Paragraph(changed.notes());
            notes.addClassName("cg-item-notes");
            details.add(notes);
        }
        if (changed.support() != null) {
            Paragraph support = new Paragraph();
            Span label = Texts.text(new Span(), "board.item.support");
            label.addClassName("cg-item-support-label");
            support.add(label, new Span(changed.support()));
            support.addClassName("cg-item-support");
            details.add(support);
        }
        details.setVisible(details.getComponentCount() > 0);

        Texts.text(open, changed.changeable() ? "board.item.edit" : "board.item.view");
        more.setVisible(changed.changeable());
        MenuKey wanted = new MenuKey(changed.changeable(), changed.achieved(), changed.shared(),
                changed.hiddenFromCounsellor(), changed.viewerMayShow());
        if (!wanted.equals(menuShown)) {
            menuShown = wanted;
            showMenu(changed);
        }
    }

    /** What decides the menu's entries: when it changes, the menu is built anew. */
    private record MenuKey(boolean changeable, boolean achieved, boolean shared, boolean hidden, boolean mayShow) {
    }

    private void showMenu(ItemView changed) {
        menu.removeAll();
        if (changed.changeable()) {
            if (!changed.achieved()) {
                Texts.text(menu.addItem("", e -> actions.markAchieved(item)), "board.item.markAchieved");
            }
            Texts.text(menu.addItem("", e -> actions.moveUp(item)), "board.item.moveUp");
            Texts.text(menu.addItem("", e -> actions.moveDown(item)), "board.item.moveDown");
            Texts.text(menu.addItem("", e -> actions.moveAcross(item)),
                    changed.shared() ? "board.item.moveToMine" : "board.item.moveToUs");
            if (!changed.shared() && !changed.hiddenFromCounsellor()) {
                Texts.text(menu.addItem("", e -> actions.hideFromCounsellor(item, true)), "board.item.hide");
            } else if (changed.viewerMayShow()) {
                Texts.text(menu.addItem("", e -> actions.hideFromCounsellor(item, false)), "board.item.show");
            }
            Texts.text(menu.addItem("", e -> actions.archive(item)), "board.item.archive");
        }
    }

    /** "Sam is editing…", or nothing. */
    void showEditing(String name) {
        Texts.text(editing, () -> name == null ? "" : Texts.t("board.item.editing", name));
        editing.setVisible(name != null);
        getContent().getElement().getClassList().set("cg-item-being-edited", name != null);
    }
}
