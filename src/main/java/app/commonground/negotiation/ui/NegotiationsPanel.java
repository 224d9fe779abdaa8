package app.commonground.negotiation.ui;

import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.Texts;
import app.commonground.negotiation.NegotiationProjection;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NegotiationViews.Summary;
import app.commonground.negotiation.Negotiations;
import app.commonground.space.SpaceMembers;
import app.commonground.space.Viewer;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The space's negotiations: the list with each one's step and whose turn it is, or one of them in full, projected
 * from the space's live model. The viewer's own draft is not in the model: the detail holds it, read when the
 * negotiation is opened and kept from the answers to the viewer's own steps.
 */
public class NegotiationsPanel extends Composite<Div> implements LiveScreen.Section {

    private final NegotiationService service;
    private final Clock clock;
    private final Div list = new Div();
    private final NegotiationDetail detail;
    private final Button open = Texts.text(new Button(VaadinIcon.PLUS.create()), "negotiation.open");
    private final Button back = Texts.text(new Button(VaadinIcon.ARROW_LEFT.create()), "negotiation.all");
    private Consumer<UUID> opened = id -> { };
    private final Map<UUID, Div> cards = new LinkedHashMap<>();
    private SpaceMembers members;
    private Negotiations negotiations;
    private Viewer viewer;
    private UUID shown;
    private NewNegotiationDialog newNegotiation;

    public NegotiationsPanel(NegotiationService service, LiveScreen screen, Clock clock) {
        this.service = service;
        this.clock = clock;
        this.detail = new NegotiationDetail(service, this::refresh);
        open.setId("negotiation-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> openDialog());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(click -> {
            shown = null;
            opened.accept(null);
            refresh();
        });
        list.addClassName("cg-negotiation-list");
        getContent().addClassName("cg-negotiations");
        getContent().add(open, back, list, detail);
        screen.add(this);
    }

    /** Shows the negotiations when they, or the people in the space, changed in the model. */
    @Override
    public void show(SpaceModel model, UUID viewerId) {
        SpaceMembers nowMembers = model.get(SpaceMembers.class);
        Negotiations now = model.get(Negotiations.class);
        if (nowMembers == members && now == negotiations) {
            return;
        }
        nowMembers.viewer(viewerId).ifPresent(who -> {
            members = nowMembers;
            negotiations = now;
            viewer = who;
            refresh();
        });
    }

    @Override
    public void newDay() {
        refresh();
    }

    private void refresh() {
        if (viewer == null) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.zone());
        List<Summary> all = NegotiationProjection.list(negotiations, members, viewer, today);
        Negotiations.Item item = shown == null ? null : negotiations.items().get(shown);
        boolean inDetail = item != null;
        list.setVisible(!inDetail);
        open.setVisible(viewer.isPartner() && !members.details(viewer).awaitingPartner() && !inDetail);
        back.setVisible(inDetail);
        detail.setVisible(inDetail);
        if (inDetail) {
            detail.show(members.spaceId(), NegotiationProjection.detail(item, members, viewer, today, detail.held()));
            return;
        }
        if (all.isEmpty()) {
            Paragraph empty = Texts.text(new Paragraph(), "negotiation.empty");
            empty.addClassName("cg-empty");
            InPlace.children(list, empty);
            return;
        }
        Map<UUID, Div> previous = new HashMap<>(cards);
        cards.clear();
        all.forEach(summary -> cards.put(summary.id(), card(previous.getOrDefault(summary.id(), newCard(summary.id())),
                summary)));
        InPlace.children(list, List.copyOf(cards.values()));
    }

    /** A card that stays the same component across refreshes, so a tap that lands during one still opens it. */
    private Div newCard(UUID id) {
        Div card = new Div();
        card.addClassNames("cg-responsibility", "cg-negotiation-card");
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("tabindex", "0");
        card.addClickListener(click -> open(id));
        card.getElement().addEventListener("keydown", press -> open(id))
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        return card;
    }

    /** Opens one negotiation: its shared state comes from the model, the viewer's own draft is read once here. */
    public void open(UUID id) {
        Detail read = service.negotiation(id);
        detail.hold(read);
        shown = id;
        opened.accept(id);
        refresh();
    }

    /** Tells {@code listener} the negotiation opened from now on, and none when the list shows again. */
    public void whenOpened(Consumer<UUID> listener) {
        opened = listener;
    }

    private static Div card(Div card, Summary summary) {
        Span title = new Span(summary.title());
        title.addClassName("cg-responsibility-title");
        Span step = new Span(StepText.of(summary.step()));
        step.addClassNames("cg-status", "cg-status-active");
        Div top = new Div(title, step);
        top.addClassName("cg-item-top");
        Paragraph turn = Texts.text(new Paragraph(), () -> TurnText.of(summary.turn()));
        turn.addClassName("cg-turn");
        card.setClassName("cg-negotiation-waiting", summary.waitingForViewer());
        card.getElement().setAttribute("data-title", summary.title());
        InPlace.children(card, top, turn);
        return card;
    }

    /** The screen's one dialog to open a negotiation, built the first time someone opens it. */
    private void openDialog() {
        if (newNegotiation == null) {
            newNegotiation = new NewNegotiationDialog(service, this::open);
            getContent().add(newNegotiation);
        }
        newNegotiation.open(members.spaceId());
    }
}
