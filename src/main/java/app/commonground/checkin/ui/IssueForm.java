package app.commonground.checkin.ui;

import app.commonground.base.ui.CharacterLimit;
import app.commonground.base.ui.Texts;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.CheckinViews.CheckinView;
import app.commonground.checkin.CheckinViews.Revealed;
import app.commonground.checkin.NewIssue;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static app.commonground.checkin.ui.Blocks.note;
import static app.commonground.checkin.ui.Blocks.row;

/**
 * The form to raise an issue: a title, which a counsellor sees, the couple's own words, "Raise it" and "Raise what
 * felt heavy". When the check-in takes no more issues while someone is typing one, their words stay with why, to
 * start a negotiation with or to let go.
 */
final class IssueForm {

    final TextField title = Texts.label(new TextField(), "checkin.issue.title");
    final TextArea words = Blocks.area("checkin.issue.words", "checkin.issue.words.helper");

    private final Button raise = Texts.text(new Button(), "checkin.issue.raise");
    private final Button raiseHeavy = Texts.text(new Button(), "checkin.issue.raiseHeavy");
    private final Button toNegotiation = Texts.text(new Button(), "checkin.issue.toNegotiation");
    private final Button letGo;
    private final Div raising = new Div();
    private final Div notRaised = new Div();
    private final KeptWords kept;
    /** What the viewer said felt heavy, if anything. */
    private String heavy;
    /** The counsellor the title's help names (none for "a counsellor you invite"), once it is said. */
    private Optional<String> titleHelpFor;

    /** @param negotiationStarted takes the viewer to the negotiation their words started */
    IssueForm(CheckinService service, UUID checkinId, CheckinSteps steps, KeptWords kept,
              Consumer<UUID> negotiationStarted) {
        this.kept = kept;
        CharacterLimit.on(title, 120);
        title.setWidthFull();
        title.setId("checkin-issue-title");
        CharacterLimit.on(words, 200);
        kept.watch(title);
        kept.watch(words);
        letGo = kept.letGo("checkin-let-go", title, words);
        raise.setId("checkin-raise");
        raise.addClickListener(click -> steps.act(() -> {
            service.raiseIssue(checkinId, issue());
            clear();
        }));
        raiseHeavy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        raiseHeavy.addClickListener(click -> {
            if (heavy != null) {
                words.setValue(heavy.length() > 200 ? heavy.substring(0, 199) + "…" : heavy);
                title.focus();
            }
        });
        toNegotiation.setId("checkin-not-raised-to-negotiation");
        toNegotiation.addClickListener(click -> steps.act(() -> {
            UUID negotiation = service.notRaisedToNegotiation(checkinId, issue());
            clear();
            negotiationStarted.accept(negotiation);
        }));
    }

    /** The form while the check-in takes more issues. */
    List<Component> raising(CheckinView checkin, String counsellor) {
        sayWhoSeesTheTitle(counsellor);
        heavy = checkin.answers().stream().filter(Revealed::you).map(Revealed::heavy).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return List.of(title, words, heavy == null ? row(raising, raise) : row(raising, raise, raiseHeavy));
    }

    /** Whether the viewer has words here: they typed some, or are in the form, where they may not be here yet. */
    boolean holdsWords() {
        return kept.inAny(title, words) || !(title.isEmpty() && words.isEmpty());
    }

    /** The viewer's words once the check-in takes no more issues, with why, to start a negotiation with or let go. */
    List<Component> kept(boolean done, String counsellor) {
        sayWhoSeesTheTitle(counsellor);
        Paragraph why = note(done ? "checkin.issue.notRaised.done" : "checkin.issue.notRaised.full");
        why.setId("checkin-not-raised");
        return List.of(why, title, words, row(notRaised, toNegotiation, letGo));
    }

    /** The fields a refusal of an issue may name. */
    Map<String, HasValidation> fields() {
        return Map.of("title", title, "words", words);
    }

    private void sayWhoSeesTheTitle(String counsellor) {
        Optional<String> who = Optional.ofNullable(counsellor);
        if (!who.equals(titleHelpFor)) {
            titleHelpFor = who;
            Texts.helper(title, counsellor == null ? "checkin.issue.title.helper.invite" : "checkin.issue.title.helper",
                    counsellor);
        }
    }

    private NewIssue issue() {
        return new NewIssue(title.getValue(), words.getValue());
    }

    private void clear() {
        title.clear();
        words.clear();
    }
}
