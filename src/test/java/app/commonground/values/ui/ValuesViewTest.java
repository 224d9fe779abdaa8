package app.commonground.values.ui;

import app.commonground.CoupleBrowserlessTest;
import app.commonground.values.SharedValueDraft;
import app.commonground.values.ValuesService;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static app.commonground.BrowserlessUsers.click;
import static app.commonground.BrowserlessUsers.clickText;
import static app.commonground.BrowserlessUsers.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Both partners and their counsellor, each on the values-and-boundaries section of the couple's space. */
class ValuesViewTest extends CoupleBrowserlessTest {

    @Autowired
    ValuesService values;

    @BeforeEach
    void everyoneLooksAtValues() {
        showTab("values-tab");
    }

    @Test
    void a_boundary_is_shared_restated_corrected_and_acknowledged_while_the_counsellor_follows_what_was_shared() {
        click(alex, "boundary-write");
        ValuesPanel form = panel(alex);
        alex.test(form.boundaries.editor.kind).selectItem("Time");
        alex.test(form.boundaries.editor.text).setValue("If work runs late, I will still stop at 8 on Thursdays");
        alex.test(form.boundaries.editor.shared).click();
        click(alex, "boundary-publish");

        eventually(sam, () -> assertThat(text(sam)).contains("If work runs late, I will still stop at 8 on Thursdays",
                "Put it in your own words, so Alex knows you heard it."));
        eventually(rivera, () -> assertThat(text(rivera)).contains("Waiting for Sam to put it in their own words."));

        restate(sam, "Thursday evenings are yours");
        eventually(alex, () -> assertThat(text(alex)).contains("Sam restated it: “Thursday evenings are yours”"));
        alex.test(cardArea(alex, "What did they miss?")).setValue("Even when work runs late");
        clickText(alex, "Not quite");
        eventually(sam, () -> assertThat(text(sam)).contains("Not quite yet: “Even when work runs late”"));

        restate(sam, "Thursday evenings are yours, even when work runs late");
        eventually(alex, () -> assertThat(buttons(alex)).contains("Yes, you got it"));
        clickText(alex, "Yes, you got it");
        eventually(rivera, () -> assertThat(text(rivera))
                .contains("Acknowledged: Sam restated it, and Alex said “yes, you got it”."));
        assertThat(buttons(rivera)).doesNotContain("Write a boundary", "Ask to talk about it", "Change");
        assertThat(buttons(sam)).contains("Ask to talk about it").doesNotContain("Withdraw");
    }

    @Test
    void core_values_appear_side_by_side_only_once_both_partners_are_ready() {
        click(alex, "values-choose");
        ValuesPanel alexs = panel(alex);
        alex.test(alexs.coreValues.picks.fields.get(0)).selectItem("Honesty");
        alex.test(alexs.coreValues.picks.fields.get(1)).selectItem("Adventure");
        click(alex, "values-ready");

        eventually(sam, () -> assertThat(text(sam)).contains("Alex is ready"));
        eventually(rivera, () -> assertThat(text(rivera)).contains("Alex is ready"));
        assertThat(valuesCard(sam)).doesNotContain("Adventure");
        assertThat(valuesCard(rivera)).doesNotContain("Adventure");

        click(sam, "values-choose");
        ValuesPanel sams = panel(sam);
        sam.test(sams.coreValues.picks.fields.get(0)).selectItem("Family");
        sam.test(sams.coreValues.picks.fields.get(1)).selectItem("Honesty");
        click(sam, "values-ready");

        for (BrowserlessUIContext partner : List.of(alex, sam)) {
            eventually(partner, () -> assertThat(valuesCard(partner)).contains("Adventure", "Family",
                    "In common: Honesty"));
        }
        eventually(rivera, () -> assertThat(valuesCard(rivera)).contains("Not shared with you.")
                .doesNotContain("Adventure", "Family"));
    }

    @Test
    void what_a_partner_is_typing_stays_in_place_while_the_other_shares_a_boundary_and_picks_values() {
        click(alex, "boundary-write");
        ValuesPanel alexs = panel(alex);
        alex.test(alexs.boundaries.editor.text).setValue("If I'm tired, I will say so before");
        var parent = alexs.boundaries.editor.text.getParent().orElseThrow();

        click(sam, "boundary-write");
        ValuesPanel sams = panel(sam);
        sam.test(sams.boundaries.editor.kind).selectItem("Energy");
        sam.test(sams.boundaries.editor.text).setValue("After a long week I will rest on Saturday morning");
        click(sam, "boundary-publish");
        click(sam, "values-choose");
        sam.test(sams.coreValues.picks.fields.get(0)).selectItem("Calm");
        click(sam, "values-ready");

        eventually(alex, () -> assertThat(text(alex)).contains("After a long week I will rest on Saturday morning",
                "Sam is ready"));
        assertThat(alexs.boundaries.editor.text.getValue()).isEqualTo("If I'm tired, I will say so before");
        assertThat(alexs.boundaries.editor.text.getParent()).containsSame(parent);
    }

    @Test
    void a_restatement_past_its_limit_is_refused_with_the_reason_next_to_it_and_the_words_kept() {
        click(alex, "boundary-write");
        ValuesPanel form = panel(alex);
        alex.test(form.boundaries.editor.kind).selectItem("Time");
        alex.test(form.boundaries.editor.text).setValue("If work runs late, I will still stop at 8 on Thursdays");
        click(alex, "boundary-publish");
        eventually(sam, () -> assertThat(buttons(sam)).contains("Check with Alex"));
        TextArea words = cardArea(sam, "In your own words");
        String tooLong = "Thursday evenings are yours,".repeat(17) + "a".repeat(25);

        sam.test(words).setValue(tooLong);
        clickText(sam, "Check with Alex");

        assertThat(words.getValue()).isEqualTo(tooLong);
        assertThat(words.isInvalid()).isTrue();
        assertThat(words.getErrorMessage()).isNotBlank().startsWith("1 character too many");
        assertThat(text(alex)).doesNotContain("Sam restated it");
    }

    @Test
    void a_value_alex_kept_from_the_counsellor_reaches_them_only_once_alex_accepts_sam_s_wish_to_share_it() {
        String words = "We never go to bed angry";
        ValuesPanel alexs = panel(alex);
        alex.test(alexs.sharedValues.form.name).selectItem("Calm");
        alex.test(alexs.sharedValues.form.meaning).setValue(words);
        click(alex, "value-propose");

        eventually(sam, () -> assertThat(sharedCard(sam)).contains(words, "Proposed by Alex"));
        clickText(sam, "Change");
        ValuesPanel sams = panel(sam);
        assertThat(sams.sharedValues.form.shared.getValue()).isFalse();
        sam.test(sams.sharedValues.form.shared).click();
        click(sam, "value-propose");

        people.as(couple.second(), () -> values.proposeValue(couple.spaceId(),
                new SharedValueDraft("Play", "A game night a week", List.of(), null, true)));
        eventually(rivera, () -> assertThat(sharedCard(rivera)).as("what came after Sam's change is there")
                .contains("A game night a week"));
        assertThat(sharedCard(rivera)).doesNotContain(words);
        eventually(alex, () -> assertThat(sharedCard(alex)).contains("Proposed by Sam",
                "Shared with our counsellor once accepted"));

        clickText(alex, "Accept");
        eventually(rivera, () -> assertThat(sharedCard(rivera)).contains(words, "Agreed"));
    }

    private static void restate(BrowserlessUIContext window, String words) {
        eventually(window, () -> assertThat(buttons(window)).contains("Check with Alex"));
        window.test(cardArea(window, "In your own words")).setValue(words);
        clickText(window, "Check with Alex");
    }

    private static TextArea cardArea(BrowserlessUIContext window, String label) {
        window.activate();
        return window.find(TextArea.class).withCondition(area -> label.equals(area.getLabel()) && area.isAttached())
                .single();
    }

    private static ValuesPanel panel(BrowserlessUIContext window) {
        window.activate();
        return window.find(ValuesPanel.class).single();
    }

    private static List<String> buttons(BrowserlessUIContext window) {
        window.activate();
        return window.find(Button.class).all().stream().filter(Button::isAttached).map(Button::getText).toList();
    }

    private static String text(BrowserlessUIContext window) {
        window.activate();
        return panel(window).getElement().getTextRecursively();
    }

    private static String sharedCard(BrowserlessUIContext window) {
        window.activate();
        return window.find(Div.class).withId("values-shared").single().getElement().getTextRecursively();
    }

    private static String valuesCard(BrowserlessUIContext window) {
        window.activate();
        return window.find(Div.class).withId("values-core").single().getElement().getTextRecursively();
    }
}
