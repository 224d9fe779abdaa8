package app.commonground.checkin.ui;

import app.commonground.base.Text;
import app.commonground.base.ui.InPlace;
import app.commonground.checkin.AppreciationDraft;
import app.commonground.checkin.CheckinAnswers;
import app.commonground.checkin.CheckinService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static app.commonground.checkin.ui.Blocks.area;
import static app.commonground.base.ui.Pieces.note;
import static app.commonground.checkin.ui.Blocks.row;

/**
 * The viewer's own answers while they write them, which only they see: how connected they felt and how they showed
 * up, what they appreciated, what is new, puzzling, heavy and wished for, each with a box to share it with the
 * counsellor; "Save" and "Submit my check-in".
 */
class AnswersForm extends Composite<Div> {

    private static final int MAX_APPRECIATIONS = 5;

    final Select<Integer> connection = score("How connected did I feel this week?");
    final Select<Integer> showedUp = score("How did I show up as a partner?");
    final Checkbox ratingsShared = shareBox("my ratings");
    final List<AppreciationRow> appreciations = IntStream.range(0, MAX_APPRECIATIONS)
            .mapToObj(AppreciationRow::new).toList();
    final TextArea newInfo = area("New information", "Something my partner may not know yet");
    final Checkbox newInfoShared = shareBox(quoted(newInfo));
    final TextArea puzzled = area("Something that puzzled or worried me", null);
    final Checkbox puzzledShared = shareBox(quoted(puzzled));
    final TextArea heavy = area("One thing that felt heavy", null);
    final Checkbox heavyShared = shareBox(quoted(heavy));
    final TextArea wish = area("One wish for the coming week", null);
    final Checkbox wishShared = shareBox(quoted(wish));

    private final Button addAppreciation = new Button("Add another appreciation");
    private final Button save = new Button("Save");
    private final Button submit = new Button("Submit my check-in");
    private final Div ratings = new Div();
    private final Div buttons = new Div();
    /** The appreciation rows sent with the last save, in the order the service names them. */
    private List<Integer> sentRows = List.of();
    private int rows = 1;
    private boolean loaded;

    AnswersForm(CheckinService service, UUID checkinId, CheckinSteps steps, CheckinPanel.Writing writing) {
        connection.setId("checkin-connection");
        showedUp.setId("checkin-showed-up");
        wish.setId("checkin-wish");
        heavy.setId("checkin-heavy");
        addAppreciation.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addAppreciation.addClickListener(click -> {
            rows = Math.min(MAX_APPRECIATIONS, rows + 1);
            steps.showAgain();
        });
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.setId("checkin-save");
        save.addClickListener(click -> steps.act(() -> steps.hold(service.saveAnswers(checkinId, answers()))));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("checkin-submit");
        submit.addClickListener(click -> steps.act(() -> {
            steps.hold(service.saveAnswers(checkinId, answers()));
            steps.hold(service.submit(checkinId));
            writing.stopped();
        }));
        getContent().addClassName("cg-checkin-answers");
    }

    /** Shows the form, filled the first time from the answers the viewer saved so far. */
    AnswersForm show(CheckinAnswers saved, Map<UUID, CheckinDetail.Link> links) {
        if (!loaded) {
            load(saved);
            loaded = true;
        }
        List<Component> parts = new ArrayList<>(List.of(new H4("My answers"), note("Only you see these until you "
                + "have both submitted. Tick “share with our counsellor” for an answer your counsellor may see.")));
        parts.add(row(ratings, connection, showedUp));
        parts.add(ratingsShared);
        parts.add(new H4("I appreciated…"));
        for (int i = 0; i < rows; i++) {
            parts.add(appreciations.get(i).row(links));
        }
        if (rows < MAX_APPRECIATIONS) {
            parts.add(addAppreciation);
        }
        parts.addAll(List.of(newInfo, newInfoShared, puzzled, puzzledShared, heavy, heavyShared, wish, wishShared,
                row(buttons, save, submit)));
        InPlace.children(getContent(), parts);
        return this;
    }

    /** The fields a refusal of the last answers sent may name. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(Map.<String, HasValidation>of("connection", connection,
                "showedUp", showedUp, "newInfo", newInfo, "puzzled", puzzled, "heavy", heavy, "wish", wish));
        for (int sent = 0; sent < sentRows.size(); sent++) {
            AppreciationRow row = appreciations.get(sentRows.get(sent));
            fields.put("appreciations[" + sent + "].text", row.text);
            fields.put("appreciations[" + sent + "].linkId", row.about);
        }
        return fields;
    }

    private void load(CheckinAnswers answers) {
        connection.setValue(answers.connection());
        showedUp.setValue(answers.showedUp());
        ratingsShared.setValue(answers.ratingsShared());
        rows = Math.max(1, answers.appreciations().size());
        for (int i = 0; i < answers.appreciations().size(); i++) {
            appreciations.get(i).load(answers.appreciations().get(i));
        }
        newInfo.setValue(orEmpty(answers.newInfo()));
        newInfoShared.setValue(answers.newInfoShared());
        puzzled.setValue(orEmpty(answers.puzzled()));
        puzzledShared.setValue(answers.puzzledShared());
        heavy.setValue(orEmpty(answers.heavy()));
        heavyShared.setValue(answers.heavyShared());
        wish.setValue(orEmpty(answers.wish()));
        wishShared.setValue(answers.wishShared());
    }

    private CheckinAnswers answers() {
        sentRows = IntStream.range(0, rows).filter(i -> Text.orNull(appreciations.get(i).text.getValue()) != null)
                .boxed().toList();
        List<AppreciationDraft> given = sentRows.stream().map(i -> appreciations.get(i).draft()).toList();
        return new CheckinAnswers(connection.getValue(), showedUp.getValue(), ratingsShared.getValue(), given,
                newInfo.getValue(), newInfoShared.getValue(), puzzled.getValue(), puzzledShared.getValue(),
                heavy.getValue(), heavyShared.getValue(), wish.getValue(), wishShared.getValue());
    }

    private static Select<Integer> score(String label) {
        Select<Integer> select = new Select<>();
        select.setLabel(label);
        select.setItems(IntStream.rangeClosed(1, 10).boxed().toList());
        select.setPlaceholder("1–10");
        return select;
    }

    /** "Share with our counsellor", named for a screen reader by the answer it shares. */
    static Checkbox shareBox(String answer) {
        Checkbox box = new Checkbox("Share with our counsellor");
        box.setAriaLabel("Share " + answer + " with our counsellor");
        return box;
    }

    private static String quoted(TextArea answer) {
        return "“" + answer.getLabel() + "”";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
