package app.commonground.checkin.ui;

import app.commonground.CoupleBrowserlessTest;
import app.commonground.checkin.CheckinService;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationViews.Summary;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static app.commonground.BrowserlessUsers.click;
import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.runPending;
import static org.assertj.core.api.Assertions.assertThat;

/** Both partners and their counsellor, each on the check-in section of the couple's space. */
class CheckinViewTest extends CoupleBrowserlessTest {

    @Autowired
    CheckinService service;
    @Autowired
    NegotiationService negotiations;

    @BeforeEach
    void everyoneLooksAtTheCheckIn() {
        showTab("checkin-tab");
    }

    @Test
    void both_answer_privately_the_answers_appear_together_and_the_counsellor_sees_only_what_was_shared() {
        click(alex, "checkin-start");
        answer(alex, "Your soup on Tuesday", true, "A walk on Saturday, just us");
        eventually(sam, () -> {
            runPending(alex);
            assertThat(text(sam)).contains("Alex is writing…");
        });
        click(alex, "checkin-submit");

        eventually(sam, () -> assertThat(text(sam)).contains("Alex has submitted"));
        eventually(rivera, () -> assertThat(text(rivera)).contains("Alex has submitted"));
        assertThat(text(sam)).doesNotContain("Your soup on Tuesday", "A walk on Saturday");
        assertThat(text(rivera)).doesNotContain("Your soup on Tuesday", "A walk on Saturday");

        click(sam, "checkin-open");
        answer(sam, "You listened when I was worried", false, "More sleep");
        click(sam, "checkin-submit");

        for (BrowserlessUIContext partner : List.of(alex, sam)) {
            eventually(partner, () -> assertThat(text(partner)).contains("Your soup on Tuesday",
                    "You listened when I was worried", "A walk on Saturday, just us", "More sleep"));
        }
        eventually(rivera, () -> assertThat(text(rivera)).contains("Your soup on Tuesday")
                .doesNotContain("You listened when I was worried", "A walk on Saturday", "More sleep"));
        assertThat(buttons(rivera)).doesNotContain("We're done for this week", "Raise it");
    }

    @Test
    void an_issue_raised_in_the_check_in_goes_into_a_new_negotiation_with_the_raisers_words_in_their_draft() {
        bothSubmit();
        sam.test(sam.find(TextField.class).withId("checkin-issue-title").single()).setValue("Weekday evenings");
        sam.test(sam.find(TextArea.class).withCondition(area -> "In your words (optional)".equals(area.getLabel()))
                .single()).setValue("Time together on weekdays");
        click(sam, "checkin-raise");
        eventually(alex, () -> assertThat(text(alex)).contains("Weekday evenings", "raised by Sam"));
        assertThat(buttons(alex)).doesNotContain("Talk it through in a negotiation");

        sam.activate();
        sam.test(sam.find(Button.class).withText("Talk it through in a negotiation").single()).click();

        Summary opened = people.as(couple.second(), () -> negotiations.list(couple.spaceId())).getFirst();
        assertThat(opened.title()).isEqualTo("Weekday evenings");
        assertThat(people.as(couple.second(), () -> negotiations.negotiation(opened.id())).myDraft().coreNeeds())
                .containsExactly("Time together on weekdays");
        eventually(alex, () -> assertThat(text(alex)).contains("Open its negotiation"));
        sam.activate();
        assertThat(sam.find(H2.class).withId("negotiation-title").single().getText())
                .as("Sam is taken to the new negotiation, in its draft step").isEqualTo("Weekday evenings");
    }

    @Test
    void what_a_partner_is_typing_stays_in_place_while_the_other_partners_steps_are_pushed() {
        click(alex, "checkin-start");
        click(sam, "checkin-open");
        CheckinDetail samsForm = detail(sam);
        sam.test(samsForm.answers.appreciations.getFirst().text).setValue("Half a thought");
        var parent = samsForm.answers.appreciations.getFirst().text.getParent().orElseThrow();
        var block = parent.getParent().orElseThrow();

        answer(alex, "Thanks for Sunday", false, "Rest");
        click(alex, "checkin-submit");

        eventually(sam, () -> assertThat(text(sam)).contains("Alex has submitted"));
        assertThat(samsForm.answers.appreciations.getFirst().text.getValue()).isEqualTo("Half a thought");
        assertThat(samsForm.answers.appreciations.getFirst().text.getParent()).containsSame(parent);
        assertThat(parent.getParent()).containsSame(block);
    }

    @Test
    void an_issue_being_typed_stays_with_the_reason_when_the_other_partner_raises_the_second_one() {
        bothSubmit();
        raise(alex, "Weekday evenings", "Time together on weekdays");
        CheckinDetail alexsForm = detail(alex);
        alex.test(alexsForm.issues.form.title).setValue("Holidays with my family");
        alex.test(alexsForm.issues.form.words).setValue("Two weeks, not three");

        raise(sam, "Money for the car", null);

        eventually(alex, () -> assertThat(text(alex)).contains("Money for the car",
                "This check-in has its two issues now, so yours can't be raised here"));
        assertThat(alexsForm.issues.form.title.getValue()).isEqualTo("Holidays with my family");
        assertThat(alexsForm.issues.form.words.getValue()).isEqualTo("Two weeks, not three");
        assertThat(alexsForm.issues.form.title.isAttached()).isTrue();
        assertThat(buttons(alex)).contains("Start a negotiation with it", "Let it go").doesNotContain("Raise it");

        click(alex, "checkin-not-raised-to-negotiation");

        Summary opened = people.as(couple.first(), () -> negotiations.list(couple.spaceId())).stream()
                .filter(summary -> summary.title().equals("Holidays with my family")).findFirst().orElseThrow();
        assertThat(people.as(couple.first(), () -> negotiations.negotiation(opened.id())).myDraft().coreNeeds())
                .containsExactly("Two weeks, not three");
        assertThat(people.as(couple.first(), () -> service.page(couple.spaceId())).current().issues())
                .as("the check-in keeps its two issues").hasSize(2);
    }

    @Test
    void the_issue_form_someone_is_in_stays_when_the_second_issue_arrives_before_their_words_reach_the_server() {
        bothSubmit();
        raise(alex, "Weekday evenings", null);
        CheckinDetail alexsForm = detail(alex);
        ComponentUtil.fireEvent(alexsForm.issues.form.title, new FocusNotifier.FocusEvent<>(alexsForm.issues.form.title, true));

        raise(sam, "Money for the car", null);

        eventually(alex, () -> assertThat(text(alex)).contains("so yours can't be raised here"));
        assertThat(alexsForm.issues.form.title.isAttached()).isTrue();
        alex.test(alexsForm.issues.form.title).setValue("Holidays with my family");
        ComponentUtil.fireEvent(alexsForm.issues.form.title, new BlurNotifier.BlurEvent<>(alexsForm.issues.form.title, true));
        assertThat(alexsForm.issues.form.title.isAttached()).as("the words arrived: they stay").isTrue();
    }

    @Test
    void an_issue_let_go_leaves_the_check_in_as_it_was() {
        bothSubmit();
        raise(alex, "Weekday evenings", null);
        alex.test(detail(alex).issues.form.title).setValue("Holidays");
        raise(sam, "Money for the car", null);
        eventually(alex, () -> assertThat(buttons(alex)).contains("Let it go"));

        click(alex, "checkin-let-go");

        assertThat(detail(alex).issues.form.title.getValue()).isEmpty();
        assertThat(buttons(alex)).doesNotContain("Let it go", "Start a negotiation with it");
        assertThat(text(alex)).doesNotContain("can't be raised here");
    }

    @Test
    void a_plan_being_typed_stays_to_copy_when_the_other_partner_says_the_check_in_is_done() {
        bothSubmit();
        CheckinDetail alexsForm = detail(alex);
        alex.test(alexsForm.plan.form.own).setValue("Climbing on Thursday");

        click(sam, "checkin-done");

        eventually(alex, () -> assertThat(text(alex)).contains("This check-in is done, so its plan can't change any more"));
        assertThat(alexsForm.plan.form.own.getValue()).isEqualTo("Climbing on Thursday");
        assertThat(alexsForm.plan.form.own.isAttached()).isTrue();
        assertThat(text(sam)).doesNotContain("its plan can't change");

        click(alex, "checkin-plan-let-go");

        assertThat(alexsForm.plan.form.own.isAttached()).isFalse();
        assertThat(text(alex)).doesNotContain("its plan can't change");
    }

    @Test
    void the_issue_form_says_that_the_counsellor_sees_an_issues_title_but_not_its_words() {
        bothSubmit();

        eventually(sam, () -> assertThat(detail(sam).issues.form.title.getHelperText())
                .isEqualTo(couple.counsellor().name() + " sees the title; your words below are for the two of you."));
    }

    @Test
    void the_counsellor_never_sees_a_partner_writing_their_answers() {
        click(alex, "checkin-start");
        answer(alex, "Your soup on Tuesday", false, "Rest");
        eventually(sam, () -> {
            runPending(alex);
            assertThat(text(sam)).contains("Alex is writing…");
        });

        eventually(rivera, () -> assertThat(text(rivera)).contains("Alex hasn't submitted yet"));
        assertThat(text(rivera)).doesNotContain("writing");
    }

    @Test
    void an_answer_pasted_past_its_limit_is_kept_whole_said_to_be_over_next_to_it_and_not_saved() {
        click(alex, "checkin-start");
        answer(alex, "Your soup on Tuesday", false, "Rest");
        CheckinDetail form = detail(alex);
        String pasted = "a".repeat(1_001);
        alex.test(form.answers.wish).setValue(pasted);

        assertThat(form.answers.wish.getValue()).hasSize(1_001);
        assertThat(form.answers.wish.isInvalid()).isTrue();
        assertThat(form.answers.wish.getErrorMessage()).startsWith("1 character too many (1,001 of 1,000 characters)");

        click(alex, "checkin-save");

        assertThat(form.answers.wish.getValue()).isEqualTo(pasted);
        assertThat(form.answers.wish.isInvalid()).isTrue();
        assertThat(people.as(couple.first(), () -> service.page(couple.spaceId())).current().mine().wish())
                .as("nothing of the long answer is saved").isNull();

        alex.test(form.answers.wish).setValue("a".repeat(1_000));
        assertThat(form.answers.wish.isInvalid()).isFalse();
        assertThat(form.answers.wish.getHelperText()).isEqualTo("1,000 of 1,000 characters");
    }

    @Test
    void each_share_with_our_counsellor_box_names_the_answer_it_shares() {
        click(alex, "checkin-start");
        CheckinDetail form = detail(alex);

        assertThat(List.of(form.answers.ratingsShared, form.answers.appreciations.getFirst().shared, form.answers.wishShared)
                .stream().map(box -> box.getAriaLabel().orElseThrow()))
                .containsExactly("Share my ratings with our counsellor", "Share appreciation 1 with our counsellor",
                        "Share “One wish for the coming week” with our counsellor");
    }

    private void bothSubmit() {
        click(alex, "checkin-start");
        answer(alex, "Thanks for the flowers", false, "Rest");
        click(alex, "checkin-submit");
        click(sam, "checkin-open");
        answer(sam, "Thanks for the lift", false, "Sun");
        click(sam, "checkin-submit");
        eventually(alex, () -> assertThat(text(alex)).contains("Issues (two at most)"));
        eventually(sam, () -> assertThat(text(sam)).contains("Issues (two at most)"));
    }

    private static void raise(BrowserlessUIContext window, String title, String words) {
        CheckinDetail form = detail(window);
        window.test(form.issues.form.title).setValue(title);
        if (words != null) {
            window.test(form.issues.form.words).setValue(words);
        }
        click(window, "checkin-raise");
    }

    private void answer(BrowserlessUIContext window, String appreciation, boolean shareAppreciation, String wish) {
        CheckinDetail detail = detail(window);
        window.test(detail.answers.connection).selectItem("7");
        window.test(detail.answers.showedUp).selectItem("8");
        window.test(detail.answers.appreciations.getFirst().text).setValue(appreciation);
        if (shareAppreciation) {
            window.test(detail.answers.appreciations.getFirst().shared).click();
        }
        window.test(detail.answers.wish).setValue(wish);
    }

    private static CheckinDetail detail(BrowserlessUIContext window) {
        window.activate();
        return window.find(CheckinDetail.class).single();
    }

    private static List<String> buttons(BrowserlessUIContext window) {
        window.activate();
        return window.find(Button.class).all().stream().filter(Button::isVisible).map(Button::getText).toList();
    }

    private static String text(BrowserlessUIContext window) {
        window.activate();
        return window.find(CheckinPanel.class).single().getElement().getTextRecursively();
    }
}
