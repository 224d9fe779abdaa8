package app.commonground.responsibility.ui;

import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.LiveScreen;
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
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The agreed list: the balance of time, what waits for the viewer, then every responsibility by area,
 * filterable by owner and state.
 */
public class ResponsibilitiesPanel extends Composite<Div> implements LiveScreen.Section {

    private static final String EVERYONE = "Everyone";
    private static final String ANY_STATE = "All";

    private final ResponsibilityService service;
    private final Div balance = new Div();
    private final Select<String> ownerFilter = new Select<>();
    private final Select<String> stateFilter = new Select<>();
    private final Button propose = new Button("Propose", VaadinIcon.PLUS.create());
    private final Div list = new Div();
    private final Map<String, Div> groups = new HashMap<>();
    private final Map<UUID, Row> rows = new HashMap<>();
    private UUID spaceId;
    private SpaceDetails space;
    private ResponsibilityEditor editor;

    private ResponsibilityList shown = new ResponsibilityList(List.of(), List.of());
    private SpaceMembers shownMembers;

    public ResponsibilitiesPanel(ResponsibilityService service, LiveScreen screen) {
        this.service = service;
        balance.addClassName("cg-balance");
        ownerFilter.setLabel("Owner");
        ownerFilter.addValueChangeListener(change -> refresh());
        stateFilter.setLabel("State");
        stateFilter.setItems(ANY_STATE, "Proposed", "Agreed");
        stateFilter.setValue(ANY_STATE);
        stateFilter.addValueChangeListener(change -> refresh());
        propose.setId("responsibility-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(click -> editor().open(space, null));
        Div tools = new Div(ownerFilter, stateFilter, propose);
        tools.addClassName("cg-responsibility-tools");
        list.addClassName("cg-responsibility-list");
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
        String owner = ownerFilter.getValue();
        List<String> owners = new ArrayList<>(List.of(EVERYONE));
        space.partners().forEach(p -> owners.add(p.name()));
        owners.add("Both of you");
        ownerFilter.setItems(owners);
        ownerFilter.setValue(owners.contains(owner) ? owner : EVERYONE);
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
            Div group = group("Waiting for you", waiting, previous);
            group.addClassName("cg-responsibility-waiting");
            wanted.add(group);
        }
        List<ResponsibilityView> rest = shown.items().stream()
                .filter(r -> !r.needsViewer()).filter(this::matchesFilters).toList();
        for (Area area : Area.values()) {
            List<ResponsibilityView> inArea = rest.stream().filter(r -> r.area() == area).toList();
            if (!inArea.isEmpty()) {
                wanted.add(group(area.label(), inArea, previous));
            }
        }
        if (shown.items().isEmpty()) {
            Paragraph empty = new Paragraph("Nothing on the list yet. Propose the first responsibility: who does "
                    + "it, how often, and what “done” means to you both.");
            empty.addClassName("cg-empty");
            wanted.add(empty);
        }
        InPlace.children(list, wanted);
    }

    private boolean matchesFilters(ResponsibilityView item) {
        String owner = ownerFilter.getValue();
        boolean ownerMatches = owner == null || EVERYONE.equals(owner) || owner.equals(item.ownerName());
        String state = stateFilter.getValue();
        boolean stateMatches = state == null || ANY_STATE.equals(state)
                || (state.equals("Agreed") == (item.state() == ResponsibilityState.AGREED));
        return ownerMatches && stateMatches;
    }

    private void showBalance(List<PartnerTime> partners) {
        balance.removeAll();
        Span title = new Span("Time each week");
        title.addClassName("cg-balance-title");
        balance.add(title);
        double most = partners.stream().mapToDouble(PartnerTime::agreedMinutes).max().orElse(0);
        for (PartnerTime partner : partners) {
            Span name = new Span(partner.name());
            name.addClassName("cg-balance-name");
            Span agreed = new Span(Dates.minutes(partner.agreedMinutes()) + " agreed");
            agreed.addClassName("cg-balance-agreed");
            Span proposed = new Span(partner.proposedMinutes() > 0
                    ? "+ " + Dates.minutes(partner.proposedMinutes()) + " proposed" : "");
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
        Paragraph note = new Paragraph("Shared responsibilities count half for each of you. Time, not points.");
        note.addClassName("cg-balance-note");
        balance.add(note);
    }

    /**
     * A group of cards, and each card, stay the same components while what they show is unchanged, so a
     * refresh pushed by the other partner leaves a button under this person's finger where it was.
     */
    private Div group(String heading, List<ResponsibilityView> items, Map<UUID, Row> previous) {
        Div group = groups.computeIfAbsent(heading, h -> {
            Div created = new Div(new H3(h));
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
        Span state = new Span(item.agreed() ? "Agreed" : "Proposed");
        state.addClassNames("cg-status", item.agreed() ? "cg-status-active" : "cg-status-idea");
        Div top = new Div(title, state);
        top.addClassName("cg-item-top");

        Div facts = new Div(pill(item.ownerName()), pill(item.cadence().label()),
                pill(Dates.minutes(item.minutesPerWeek()) + " a week"));
        facts.addClassName("cg-responsibility-facts");
        Paragraph done = new Paragraph();
        Span doneLabel = new Span("Done means: ");
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
            actions.add(button("Accept", true, () -> service.accept(item.id(), item.revision())));
        }
        if (item.handOverToViewer()) {
            actions.add(button("Take it over", true, () -> service.acceptHandOver(item.id())),
                    button("Keep it with " + item.ownerName(), false, () -> service.declineHandOver(item.id())));
        }
        if (item.viewerOwns() && item.agreed() && !item.handOverAsked()) {
            actions.add(button("Ask to hand over", false, () -> service.askHandOver(item.id())));
        }
        if (item.changeable()) {
            Button change = new Button("Change", click -> editor().open(space, item));
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(change);
        }
        card.add(actions);
        return card;
    }

    private static Paragraph status(ResponsibilityView item) {
        String text;
        if (item.agreed()) {
            text = "Agreed by " + item.agreedByName() + " on " + Dates.day(item.agreedAt()) + ".";
        } else {
            text = "Proposed by " + item.proposedByName() + (item.lastChange() == null ? "" : ", who " + item.lastChange())
                    + (item.waitingForViewer() ? ". Waiting for you." : ". Waiting for the other partner.");
        }
        if (item.handOverAsked()) {
            text += " " + (item.handOverToViewer() ? item.ownerName() + " asks you to take this over."
                    : item.ownerName() + " asked " + item.handOverToName() + " to take this over.");
        }
        Paragraph status = new Paragraph(text);
        status.addClassName("cg-responsibility-status");
        return status;
    }

    private Button button(String text, boolean primary, Supplier<?> step) {
        Button button = new Button(text, click -> {
            try {
                step.get();
            } catch (RefusedStepException refused) {
                Notification.show(refused.getMessage(), 5000, Notification.Position.BOTTOM_CENTER);
            } catch (ResponsibilityConflictException changed) {
                Notification.show(changed.current().proposedByName() + " changed this a moment ago. Have a look, "
                        + "then answer again.", 5000, Notification.Position.BOTTOM_CENTER);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                primary ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static Span pill(String text) {
        Span pill = new Span(text);
        pill.addClassName("cg-pill");
        return pill;
    }
}
