package app.commonground.checkin.ui;

import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.Texts;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.CheckinViews.CheckinView;
import app.commonground.checkin.CheckinViews.Revealed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static app.commonground.checkin.ui.Blocks.note;
import static app.commonground.checkin.ui.Blocks.row;

/**
 * The viewer's part of the week's plan while the check-in is open: one good time together and their own time, each
 * saved on its own and, if they like, added to the board. What they were writing when the check-in was done stays,
 * to copy, until they let it go.
 */
final class PlanForm {

    final TextField together = Texts.label(new TextField(), "checkin.plan.together");
    final Checkbox togetherOnBoard = Texts.label(new Checkbox(), "checkin.plan.together.onBoard");
    final TextField own = Texts.label(new TextField(), "checkin.plan.own");
    final Checkbox ownOnBoard = Texts.label(new Checkbox(), "checkin.plan.own.onBoard");

    private final Button saveTogether = Texts.text(new Button(), "checkin.plan.save");
    private final Button saveOwn = Texts.text(new Button(), "checkin.plan.save");
    private final Button letGo;
    private final Div togetherRow = new Div();
    private final Div ownRow = new Div();
    private final Div letGoRow = new Div();
    private final KeptWords kept;
    /** The plan together as the viewer last saw it saved, so a save over someone else's newer plan is refused. */
    private String seenTogether;

    PlanForm(CheckinService service, UUID checkinId, CheckinSteps steps, KeptWords kept) {
        this.kept = kept;
        CharacterLimit.on(together, 120);
        together.setWidthFull();
        together.setId("checkin-together");
        CharacterLimit.on(own, 120);
        own.setWidthFull();
        own.setId("checkin-own");
        kept.watch(together);
        kept.watch(own);
        letGo = kept.letGo("checkin-plan-let-go", together, own);
        saveTogether.setId("checkin-save-together");
        saveTogether.addClickListener(click -> steps.act(() -> seenTogether =
                service.planTogether(checkinId, seenTogether, together.getValue(), togetherOnBoard.getValue()).togetherPlan()));
        saveOwn.setId("checkin-save-own");
        saveOwn.addClickListener(click -> steps.act(() -> service.planOwn(checkinId, own.getValue(), ownOnBoard.getValue())));
    }

    /** The time together, filled with the saved plan while the field is empty. */
    List<Component> together(String saved) {
        if (together.isEmpty() && saved != null) {
            together.setValue(saved);
            seenTogether = saved;
        }
        return List.of(together, row(togetherRow, togetherOnBoard, saveTogether));
    }

    /** The viewer's own time, filled with the saved plan while the field is empty. */
    List<Component> own(String saved) {
        if (own.isEmpty() && saved != null) {
            own.setValue(saved);
        }
        return List.of(own, row(ownRow, ownOnBoard, saveOwn));
    }

    /**
     * What the viewer was writing into the plan when the check-in was done (by the other partner, say): it can't
     * be saved any more, but it stays, to copy, until they let it go.
     */
    List<Component> unsaved(CheckinView checkin) {
        String myPlan = checkin.answers().stream().filter(Revealed::you).map(Revealed::ownPlan)
                .filter(Objects::nonNull).findFirst().orElse(null);
        List<Component> unsaved = new ArrayList<>();
        if (kept.inAny(together) || unsaved(together, checkin.togetherPlan())) {
            unsaved.add(together);
        }
        if (kept.inAny(own) || unsaved(own, myPlan)) {
            unsaved.add(own);
        }
        if (unsaved.isEmpty()) {
            return List.of();
        }
        Paragraph why = note("checkin.plan.notSaved");
        why.setId("checkin-plan-not-saved");
        unsaved.addFirst(why);
        unsaved.add(row(letGoRow, letGo));
        return unsaved;
    }

    /** The fields a refusal of a plan may name. */
    Map<String, HasValidation> fields() {
        return Map.of("plan", together, "ownPlan", own);
    }

    private static boolean unsaved(TextField field, String saved) {
        return !field.getValue().isBlank() && !field.getValue().strip().equals(saved);
    }
}
