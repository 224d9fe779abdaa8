package app.commonground.negotiation.ui;

import app.commonground.base.InvalidInputException;
import app.commonground.base.ui.BackGesture;
import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.FieldErrors;
import app.commonground.base.ui.Texts;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationStepException;
import app.commonground.negotiation.NewNegotiation;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Opens a negotiation: its topic and a few words about the situation. One per screen, emptied each time it opens. */
class NewNegotiationDialog extends Dialog {

    final TextField title = Texts.label(new TextField(), "negotiation.new.title");
    final TextArea situation = Texts.label(new TextArea(), "negotiation.new.situation");
    private final Map<String, HasValidation> fields = Map.of("title", title, "situation", situation);
    private UUID spaceId;

    /** @param opened told the new negotiation's id */
    NewNegotiationDialog(NegotiationService service, Consumer<UUID> opened) {
        Texts.bind(this, "header", () -> Texts.t("negotiation.open"), this::setHeaderTitle);
        setWidth("min(32rem, 100vw)");
        BackGesture.closes(this);
        title.setId("negotiation-new-title");
        CharacterLimit.on(title, 120);
        title.setWidthFull();
        Texts.placeholder(title, "negotiation.new.title.placeholder");
        CharacterLimit.on(situation, 1000);
        situation.setWidthFull();
        Button start = Texts.text(new Button("", click -> {
            FieldErrors.clear(fields);
            try {
                UUID id = service.open(spaceId, new NewNegotiation(title.getValue(), situation.getValue()));
                close();
                opened.accept(id);
            } catch (InvalidInputException refused) {
                FieldErrors.showAll(refused, fields);
            } catch (NegotiationStepException refused) {
                Notification.show(refused.getMessage(), 5000, Notification.Position.BOTTOM_CENTER);
            }
        }), "negotiation.new.open");
        start.setId("negotiation-create");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Div(title, situation));
        getFooter().add(Texts.text(new Button("", click -> close()), "board.editor.cancel"), start);
    }

    /** Opens the dialog empty, for a negotiation in this space. */
    void open(UUID spaceId) {
        this.spaceId = spaceId;
        title.clear();
        situation.clear();
        FieldErrors.clear(fields);
        open();
    }
}
