package app.commonground.checkin.ui;

import app.commonground.base.Text;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.Texts;
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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static app.commonground.base.ui.Texts.t;
import static app.commonground.checkin.ui.Blocks.area;
import static app.commonground.checkin.ui.Blocks.note;
import static app.commonground.checkin.ui.Blocks.row;

/**
 * The viewer's own answers while they write them, which only they see: how connected they felt and how they showed
 * up, what they appreciated, what is new, puzzling, heavy and wished for, each with a box to share it with the
 * counsellor; "Save" and "Submit my check-in".
 */
class AnswersForm extends Composite<Div> {

    private static final int MAX_APPRECIATIONS = 5;

    final Select<Integer> connection = score("checkin.answers.connection");
    final Select<Integer> showedUp = score("checkin.answers.showedUp");
    final Checkbox ratingsShared = shareBox(() -> t("checkin.answers.share.ratings"));
    final List<AppreciationRow> appreciations = IntStream.range(0, MAX_APPRECIATIONS)
            .mapToObj(AppreciationRow::new).toList();
    final TextArea newInfo = area("checkin.answers.newInfo", "checkin.answers.newInfo.helper");
    final Checkbox newInfoShared = shareBox(() -> quoted("checkin.answers.newInfo"));
    final TextArea puzzled = area("checkin.answers.puzzled", null);
    final Checkbox puzzledShared = shareBox(() -> quoted("checkin.answers.puzzled"));
    final TextArea heavy = area("checkin.answers.heavy", null);
    final Checkbox heavyShared = shareBox(() -> quoted("checkin.answers.heavy"));
    final TextArea wish = area("checkin.answers.wish", null);
    final Checkbox wishShared = shareBox(() -> quoted("checkin.answers.wish"));

    private final Button addAppreciation = Texts.text(new Button(), "checkin.answers.addAppreciation");
    private final Button save = Texts.text(new Button(), "checkin.answers.save");
    private final Button submit = Texts.text(new Button(), "checkin.answers.submit");
    private final H4 title = Texts.text(new H4(), "checkin.answers.title");
    private final Paragraph onlyYou = note("checkin.answers.onlyYou");
    private final H4 appreciated = Texts.text(new H4(), "checkin.answers.appreciated");
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
        List<Component> parts = new ArrayList<>(List.of(title, onlyYou));
        parts.add(row(ratings, connection, showedUp));
        parts.add(ratingsShared);
        parts.add(appreciated);
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

    private static Select<Integer> score(String labelKey) {
        Select<Integer> select = Texts.label(new Select<>(), labelKey);
        select.setItems(IntStream.rangeClosed(1, 10).boxed().toList());
        select.setPlaceholder("1–10");
        return select;
    }

    /** "Share with our counsellor", named for a screen reader by the answer it shares ("my ratings"). */
    static Checkbox shareBox(Supplier<String> answer) {
        Checkbox box = Texts.label(new Checkbox(), "checkin.answers.share");
        return Blocks.aria(box, () -> t("checkin.answers.share.aria", answer.get()));
    }

    /** An answer named by its label (the message {@code labelKey}), in quotes: "“One wish for the coming week”". */
    private static String quoted(String labelKey) {
        return t("checkin.answers.share.answer", t(labelKey));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
