package app.commonground.responsibility.ui;

import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.Refusals;
import app.commonground.base.ui.Texts;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.PartnerTime;
import app.commonground.responsibility.RefusedStepException;
import app.commonground.responsibility.Responsibilities;
import app.commonground.responsibility.ResponsibilityConflictException;
import app.commonground.responsibility.ResponsibilityList;
import app.commonground.responsibility.ResponsibilityProjection;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.responsibility.ResponsibilityState;
import app.commonground.responsibility.ResponsibilityView;
import app.commonground.space.SpaceDetails;
import app.commonground.space.SpaceMembers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static app.commonground.base.ui.Texts.t;

/**
 * The agreed list: the balance of time, what waits for the viewer, then every responsibility by area,
 * filterable by owner and state.
 */
public class ResponsibilitiesPanel extends Composite<Div> implements LiveScreen.Section {

    /** Whose responsibilities the list shows: everyone's, one partner's, or those both of you own. */
    private record Whose(UUID partnerId, boolean everyone) {

        static final Whose EVERYONE = new Whose(null, true);
        static final Whose BOTH = new Whose(null, false);

        boolean matches(ResponsibilityView item) {
            return everyone || (partnerId == null ? item.shared() : partnerId.equals(item.ownerId()));
        }
    }

    /** The group a card is in: what waits for the viewer, or an area. */
    private record GroupKey(Area area) {
        static final GroupKey WAITING = new GroupKey(null);
    }

    private final ResponsibilityService service;
    private final Div balance = new Div();
    private final Select<Whose> ownerFilter = new Select<>();
    /** None: every state. */
    private final Select<Optional<ResponsibilityState>> stateFilter = new Select<>();
    private final Button propose = Texts.text(new Button("", VaadinIcon.PLUS.create()), "responsibility.propose");
    private final Div list = new Div();
    private final Paragraph empty = Texts.text(new Paragraph(), "responsibility.empty");
    private final Map<GroupKey, Div> groups = new HashMap<>();
    private final Map<UUID, Row> rows = new HashMap<>();
    private UUID spaceId;
    private SpaceDetails space;
    private ResponsibilityEditor editor;

    private ResponsibilityList shown = new ResponsibilityList(List.of(), List.of());
    private SpaceMembers shownMembers;

    public ResponsibilitiesPanel(ResponsibilityService service, LiveScreen screen) {
        this.service = service;
        balance.addClassName("cg-balance");
        Texts.label(ownerFilter, "responsibility.filter.owner");
        Texts.bind(ownerFilter, "items", () -> "", unused -> ownerFilter.setItemLabelGenerator(this::whose));
        ownerFilter.addValueChangeListener(change -> refresh());
        Texts.label(stateFilter, "responsibility.filter.state");
        stateFilter.setItems(Optional.empty(), Optional.of(ResponsibilityState.PROPOSED),
                Optional.of(ResponsibilityState.AGREED));
        Texts.bind(stateFilter, "items", () -> "", unused -> stateFilter.setItemLabelGenerator(
                state -> state.map(ResponsibilityTexts::state).orElseGet(() -> t("responsibility.filter.allStates"))));
        stateFilter.setValue(Optional.empty());
        stateFilter.addValueChangeListener(change -> refresh());
        propose.setId("responsibility-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(click -> editor().open(space, null));
        Div tools = new Div(ownerFilter, stateFilter, propose);
        tools.addClassName("cg-responsibility-tools");
        list.addClassName("cg-responsibility-list");
        empty.addClassName("cg-empty");
        getContent().addClassName("cg-responsibilities");
        getContent().add(balance, tools, list);
        screen.add(this);
    }

    /** The screen's one responsibility editor, built the first time someone opens it. */
    private ResponsibilityEditor editor() {
        if (editor == null) {
            editor = new ResponsibilityEditor(service);
            getContent().add(editor);
        }
        return editor;
    }

    /**
     * Shows the list as the viewer may see it in this model; does nothing when that did not change (someone
     * only opened an editor on the board). Rows whose content did not change stay the same components.
     */
    @Override
    public void show(SpaceModel model, UUID viewerId) {
        SpaceMembers members = model.get(SpaceMembers.class);
        members.viewer(viewerId).ifPresent(viewer -> {
            ResponsibilityList now = ResponsibilityProjection.of(model.get(Responsibilities.class), members, viewer);
            if (members != shownMembers) {
                shownMembers = members;
                shown = now;
                show(model.spaceId(), members.details(viewer));
            } else if (!now.equals(shown)) {
                shown = now;
                refresh();
            }
        });
    }

    private void show(UUID spaceId, SpaceDetails space) {
        this.spaceId = spaceId;
        this.space = space;
        Whose owner = ownerFilter.getValue();
        List<Whose> owners = new ArrayList<>(List.of(Whose.EVERYONE));
        space.partners().forEach(p -> owners.add(new Whose(p.accountId(), false)));
        owners.add(Whose.BOTH);
        ownerFilter.setItems(owners);
        ownerFilter.setValue(owners.contains(owner) ? owner : Whose.EVERYONE);
        propose.setVisible(space.viewerIsPartner());
        refresh();
    }

    private void refresh() {
        if (spaceId == null) {
            return;
        }
        showBalance(shown.balance());
        Map<UUID, Row> previous = new HashMap<>(rows);
        rows.clear();
        List<Component> wanted = new ArrayList<>();
        List<ResponsibilityView> waiting = shown.items().stream().filter(ResponsibilityView::needsViewer).toList();
        if (!waiting.isEmpty()) {
            Div group = group(GroupKey.WAITING, waiting, previous);
            group.addClassName("cg-responsibility-waiting");
            wanted.add(group);
        }
        List<ResponsibilityView> rest = shown.items().stream()
                .filter(r -> !r.needsViewer()).filter(this::matchesFilters).toList();
        for (Area area : Area.values()) {
            List<ResponsibilityView> inArea = rest.stream().filter(r -> r.area() == area).toList();
            if (!inArea.isEmpty()) {
                wanted.add(group(new GroupKey(area), inArea, previous));
            }
        }
        if (shown.items().isEmpty()) {
            wanted.add(empty);
        }
        InPlace.children(list, wanted);
    }

    private boolean matchesFilters(ResponsibilityView item) {
        Whose owner = ownerFilter.getValue();
        Optional<ResponsibilityState> state = stateFilter.getValue();
        return (owner == null || owner.matches(item))
                && (state == null || state.isEmpty() || state.get() == item.state());
    }

    /** A choice of the owner filter in the viewer's words: "Everyone", a partner's name, "Both of you". */
    private String whose(Whose choice) {
        if (choice.everyone()) {
            return t("responsibility.filter.everyone");
        }
        if (choice.partnerId() == null) {
            return t("responsibility.owner.both");
        }
        return space == null ? "" : space.nameOf(choice.partnerId());
    }

    private void showBalance(List<PartnerTime> partners) {
        balance.removeAll();
        Span title = Texts.text(new Span(), "responsibility.balance.title");
        title.addClassName("cg-balance-title");
        balance.add(title);
        double most = partners.stream().mapToDouble(PartnerTime::agreedMinutes).max().orElse(0);
        for (PartnerTime partner : partners) {
            Span name = new Span(partner.name());
            name.addClassName("cg-balance-name");
            Span agreed = Texts.text(new Span(),
                    () -> t("responsibility.balance.agreed", Dates.minutes(partner.agreedMinutes())));
            agreed.addClassName("cg-balance-agreed");
            Span proposed = partner.proposedMinutes() > 0 ? Texts.text(new Span(),
                    () -> t("responsibility.balance.proposed", Dates.minutes(partner.proposedMinutes()))) : new Span();
            proposed.addClassName("cg-balance-proposed");
            Div fill = new Div();
            fill.addClassName("cg-balance-fill");
            fill.getStyle().set("width", most == 0 ? "0%" : Math.round(partner.agreedMinutes() * 100 / most) + "%");
            Div bar = new Div(fill);
            bar.addClassName("cg-balance-bar");
            Div row = new Div(name, bar, agreed, proposed);
            row.addClassName("cg-balance-row");
            balance.add(row);
        }
        Paragraph note = Texts.text(new Paragraph(), "responsibility.balance.note");
        note.addClassName("cg-balance-note");
        balance.add(note);
    }

    /**
     * A group of cards, and each card, stay the same components while what they show is unchanged, so a
     * refresh pushed by the other partner leaves a button under this person's finger where it was.
     */
    private Div group(GroupKey key, List<ResponsibilityView> items, Map<UUID, Row> previous) {
        Div group = groups.computeIfAbsent(key, k -> {
            Div created = new Div(k.area() == null ? Texts.text(new H3(), "responsibility.group.waiting")
                    : Texts.text(new H3(), () -> ResponsibilityTexts.area(k.area())));
            created.addClassName("cg-responsibility-group");
            return created;
        });
        List<Component> children = new ArrayList<>(List.of(group.getComponentAt(0)));
        for (ResponsibilityView item : items) {
            Row kept = previous.get(item.id());
            Row row = kept != null && kept.item().equals(item) ? kept : new Row(item, row(item));
            rows.put(item.id(), row);
            children.add(row.card());
        }
        InPlace.children(group, children);
        return group;
    }

    private record Row(ResponsibilityView item, Component card) {
    }

    private Component row(ResponsibilityView item) {
        Span title = new Span(item.title());
        title.addClassName("cg-responsibility-title");
        Span state = Texts.text(new Span(), () -> ResponsibilityTexts.state(item.state()));
        state.addClassNames("cg-status", item.agreed() ? "cg-status-active" : "cg-status-idea");
        Div top = new Div(title, state);
        top.addClassName("cg-item-top");

        Div facts = new Div(pill(() -> ResponsibilityTexts.owner(item)),
                pill(() -> ResponsibilityTexts.cadence(item.cadence())),
                pill(() -> t("responsibility.card.perWeek", Dates.minutes(item.minutesPerWeek()))));
        facts.addClassName("cg-responsibility-facts");
        Paragraph done = new Paragraph();
        Span doneLabel = Texts.text(new Span(), "responsibility.card.doneMeans");
        doneLabel.addClassName("cg-item-support-label");
        done.add(doneLabel, new Span(item.doneMeans()));

        Div card = new Div(top, facts, done);
        card.addClassName("cg-responsibility");
        card.setId("responsibility-" + item.id());
        card.getElement().setAttribute("data-title", item.title());
        if (item.notes() != null) {
            card.add(new Paragraph(item.notes()));
        }
        card.add(status(item));
        Div actions = new Div();
        actions.addClassName("cg-item-footer");
        if (item.waitingForViewer()) {
            actions.add(button(() -> t("responsibility.card.accept"), true,
                    () -> service.accept(item.id(), item.revision())));
        }
        if (item.handOverToViewer()) {
            actions.add(button(() -> t("responsibility.card.takeOver"), true, () -> service.acceptHandOver(item.id())),
                    button(() -> t("responsibility.card.keepWith", ResponsibilityTexts.owner(item)), false,
                            () -> service.declineHandOver(item.id())));
        }
        if (item.viewerOwns() && item.agreed() && !item.handOverAsked()) {
            actions.add(button(() -> t("responsibility.card.askHandOver"), false, () -> service.askHandOver(item.id())));
        }
        if (item.changeable()) {
            Button change = Texts.text(new Button("", click -> editor().open(space, item)), "responsibility.card.change");
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(change);
        }
        card.add(actions);
        return card;
    }

    private static Paragraph status(ResponsibilityView item) {
        Paragraph status = Texts.text(new Paragraph(), () -> ResponsibilityTexts.status(item));
        status.addClassName("cg-responsibility-status");
        return status;
    }

    private Button button(Supplier<String> words, boolean primary, Supplier<?> step) {
        Button button = Texts.text(new Button("", click -> {
            try {
                step.get();
            } catch (RefusedStepException refused) {
                Notification.show(Refusals.say(refused), 5000, Notification.Position.BOTTOM_CENTER);
            } catch (ResponsibilityConflictException changed) {
                Notification.show(t("responsibility.card.changedMeanwhile",
                                ResponsibilityTexts.name(changed.current().proposedByName())), 5000,
                        Notification.Position.BOTTOM_CENTER);
            }
        }), words);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                primary ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static Span pill(Supplier<String> words) {
        Span pill = Texts.text(new Span(), words);
        pill.addClassName("cg-pill");
        return pill;
    }
}
