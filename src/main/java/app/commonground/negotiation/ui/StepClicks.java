package app.commonground.negotiation.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.SameMomentException;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.Refusals;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationStepException;
import app.commonground.negotiation.NegotiationViews.Detail;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a click on one of a negotiation's buttons does: it takes the step to the service, holds the answer and
 * refreshes the page. A refused input is said next to the field it names, any other refusal in a notification
 * (and the page shows what changed meanwhile). A click clears what an earlier refusal said on every field.
 */
final class StepClicks {

    private final Map<String, HasValidation> fields = new HashMap<>();
    private final NegotiationService service;
    private final Consumer<Detail> answered;
    private final Runnable changed;

    StepClicks(NegotiationService service, Consumer<Detail> answered, Runnable changed) {
        this.service = service;
        this.answered = answered;
        this.changed = changed;
    }

    /** The fields a refusal may name, by the service's names for them; each part of the page adds its own. */
    void fields(Map<String, ? extends HasValidation> named) {
        fields.putAll(named);
    }

    Button button(String text, boolean primary, Function<NegotiationService, ?> step) {
        Button button = new Button(text, click -> {
            FieldErrors.clear(fields);
            try {
                if (step.apply(service) instanceof Detail answer) {
                    answered.accept(answer);
                }
                changed.run();
            } catch (InvalidInputException refused) {
                FieldErrors.showAll(refused, fields);
            } catch (NegotiationStepException | SameMomentException refused) {
                Notification.show(Refusals.say(refused), 5000, Notification.Position.BOTTOM_CENTER);
                changed.run();
            }
        });
        button.addThemeVariants(primary ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
