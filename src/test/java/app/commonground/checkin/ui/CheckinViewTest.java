package app.commonground.checkin.ui;

import app.commonground.CoupleBrowserlessTest;
import app.commonground.checkin.CheckinService;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationViews.Summary;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static app.commonground.BrowserlessUsers.eventually;
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
        eventually(sam, () -> assertThat(text(sam)).contains("Alex is writing…"));
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
        click(alex, "checkin-start");
        answer(alex, "Thanks for the flowers", false, "Rest");
        click(alex, "checkin-submit");
        click(sam, "checkin-open");
        answer(sam, "Thanks for the lift", false, "Sun");
        click(sam, "checkin-submit");

        eventually(sam, () -> assertThat(text(sam)).contains("Issues (two at most)"));
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
        sam.test(samsForm.appreciations.getFirst().text).setValue("Half a thought");
        var parent = samsForm.appreciations.getFirst().text.getParent().orElseThrow();
        var block = parent.getParent().orElseThrow();

        answer(alex, "Thanks for Sunday", false, "Rest");
        click(alex, "checkin-submit");

        eventually(sam, () -> assertThat(text(sam)).contains("Alex has submitted"));
        assertThat(samsForm.appreciations.getFirst().text.getValue()).isEqualTo("Half a thought");
        assertThat(samsForm.appreciations.getFirst().text.getParent()).containsSame(parent);
        assertThat(parent.getParent()).containsSame(block);
    }

    private void answer(BrowserlessUIContext window, String appreciation, boolean shareAppreciation, String wish) {
        CheckinDetail detail = detail(window);
        window.test(detail.connection).selectItem("7");
        window.test(detail.showedUp).selectItem("8");
        window.test(detail.appreciations.getFirst().text).setValue(appreciation);
        if (shareAppreciation) {
            window.test(detail.appreciations.getFirst().shared).click();
        }
        window.test(detail.wish).setValue(wish);
    }

    private static CheckinDetail detail(BrowserlessUIContext window) {
        window.activate();
        return window.find(CheckinDetail.class).single();
    }

    private static void click(BrowserlessUIContext window, String id) {
        window.activate();
        window.test(window.find(Button.class).withId(id).single()).click();
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
