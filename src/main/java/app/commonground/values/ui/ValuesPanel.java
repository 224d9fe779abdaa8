package app.commonground.values.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.SameMomentException;
import app.commonground.base.live.SpaceModel;
import app.commonground.base.ui.Dates;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.LiveScreen;
import app.commonground.base.ui.Refusals;
import app.commonground.board.Board;
import app.commonground.board.BoardProjection;
import app.commonground.board.ItemKind;
import app.commonground.space.SpaceMembers;
import app.commonground.space.Viewer;
import app.commonground.values.Values;
import app.commonground.values.ValuesProjection;
import app.commonground.values.ValuesService;
import app.commonground.values.ValuesStepException;
import app.commonground.values.ValuesViews.ValuesPage;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Values and boundaries: each partner's published boundaries and their acknowledgement, the viewer's own drafts
 * and self-check (read when they open them: they are in no shared model), core values side by side once both
 * are ready, and the values the couple agreed to share. Projected from the space's live model; each of the three
 * cards shows its part of the projection.
 */
public class ValuesPanel extends Composite<Div> implements LiveScreen.Section {

    final BoundariesCard boundaries;
    final CoreValuesCard coreValues;
    final SharedValuesCard sharedValues;

    private final Clock clock;
    private final List<Consumer<Values>> editors = new ArrayList<>();
    private SpaceModel shown;
    private Viewer viewer;

    public ValuesPanel(ValuesService service, LiveScreen screen, Clock clock) {
        screen.add(this);
        this.clock = clock;
        Steps steps = new Steps() {
            @Override
            public UUID spaceId() {
                return shown.spaceId();
            }

            @Override
            public void run(Runnable step, Map<String, ? extends HasValidation> fields) {
                act(step, fields);
            }

            @Override
            public void afterRefusal(Consumer<Values> editor) {
                editors.add(editor);
            }
        };
        boundaries = new BoundariesCard(service, steps);
        coreValues = new CoreValuesCard(service, steps);
        sharedValues = new SharedValuesCard(service, steps);
        getContent().addClassName("cg-values");
        getContent().add(boundaries, coreValues, sharedValues);
    }

    @Override
    public void show(SpaceModel model, UUID viewerId) {
        if (model.sameParts(shown, Values.class, SpaceMembers.class, Board.class)) {
            return;
        }
        model.get(SpaceMembers.class).viewer(viewerId).ifPresent(who -> {
            shown = model;
            viewer = who;
            refresh();
        });
    }

    @Override
    public void newDay() {
        refresh();
    }

    private void refresh() {
        if (shown == null) {
            return;
        }
        SpaceMembers members = shown.get(SpaceMembers.class);
        ValuesPage page = ValuesProjection.page(shown.get(Values.class), members, viewer,
                LocalDate.ofInstant(clock.instant(), Dates.zone()));
        boundaries.show(page.boundaries(), page.viewerIsPartner());
        coreValues.show(page.values(), page.viewerIsPartner());
        sharedValues.show(page.shared(), sharedGoals(members), page.viewerIsPartner());
    }

    /** The shared goals on the board as the viewer sees it, by id, in the board's order. */
    private Map<UUID, String> sharedGoals(SpaceMembers members) {
        Map<UUID, String> goals = new LinkedHashMap<>();
        BoardProjection.of(shown.get(Board.class), members, viewer).columns().stream().filter(c -> c.shared())
                .flatMap(c -> c.items().stream()).filter(item -> item.kind() == ItemKind.GOAL)
                .forEach(item -> goals.put(item.id(), item.title()));
        return goals;
    }

    private void act(Runnable step, Map<String, ? extends HasValidation> fields) {
        FieldErrors.clear(fields);
        try {
            step.run();
            refresh();
        } catch (InvalidInputException refused) {
            FieldErrors.showAll(refused, fields);
        } catch (ValuesStepException | SameMomentException refused) {
            Notification.show(Refusals.say(refused), 5000, Notification.Position.BOTTOM_CENTER);
            Values now = shown.get(Values.class);
            editors.forEach(editor -> editor.accept(now));
            refresh();
        }
    }
}
