package app.commonground.responsibility.ui;

import app.commonground.CoupleBrowserlessTest;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static app.commonground.BrowserlessUsers.eventually;
import static org.assertj.core.api.Assertions.assertThat;

class ResponsibilitiesViewTest extends CoupleBrowserlessTest {

    @Autowired
    ResponsibilityService service;


    @BeforeEach
    void everyoneLooksAtTheSameSection() {
        showTab("responsibilities-tab");
    }

    @Test
    void a_proposal_waits_for_the_other_partner_who_accepts_it_and_both_see_it_agreed() {
        alex.activate();
        alex.test(alex.find(Button.class).withId("responsibility-propose").single()).click();
        ResponsibilityEditor editor = alex.find(ResponsibilityEditor.class).single();
        alex.test(editor.title).setValue("Weekly food shop");
        alex.test(editor.cadence).selectItem("Weekly");
        alex.test(editor.doneMeans).setValue("Fridge stocked for the week");
        alex.test(editor.minutes).setValue(90);
        alex.test(editor.save).click();
        assertThat(editor.isOpened()).isFalse();

        eventually(sam, () -> {
            assertThat(waiting(sam)).containsExactly("Weekly food shop");
            assertThat(sam.find(Span.class).withId("responsibilities-waiting").single().getText()).isEqualTo("1");
        });
        sam.test(sam.find(Button.class).withText("Accept").single()).click();

        eventually(alex, () -> assertThat(statusOf(alex, "Weekly food shop"))
                .startsWith("Agreed by Sam on "));
        assertThat(waiting(sam)).isEmpty();
        eventually(rivera, () -> assertThat(statusOf(rivera, "Weekly food shop")).startsWith("Agreed by Sam on "));
    }

    @Test
    void the_counsellor_sees_every_responsibility_and_has_no_control_to_change_any() {
        people.as(couple.first(), () -> service.propose(couple.spaceId(), new ResponsibilityDraft(
                "Pay the bills", Area.MONEY, couple.first().id(), Cadence.MONTHLY, "All paid on time", 30, null)));

        eventually(rivera, () -> assertThat(statusOf(rivera, "Pay the bills")).startsWith("Proposed by Alex"));
        assertThat(rivera.find(Button.class).all()).extracting(Button::getText)
                .doesNotContain("Propose", "Accept", "Change", "Take it over", "Ask to hand over");
        assertThat(rivera.find(Button.class).withId("responsibility-propose").all()).isEmpty();
    }

    @Test
    void a_card_waiting_for_sam_stays_the_same_on_screen_when_alex_proposes_another_so_a_tap_on_accept_still_lands() {
        people.as(couple.first(), () -> service.propose(couple.spaceId(), new ResponsibilityDraft(
                "Pay the bills", Area.MONEY, couple.first().id(), Cadence.MONTHLY, "All paid on time", 30, null)));
        eventually(sam, () -> assertThat(statusOf(sam, "Pay the bills")).startsWith("Proposed by Alex"));
        Div before = card(sam, "Pay the bills");

        people.as(couple.first(), () -> service.propose(couple.spaceId(), new ResponsibilityDraft(
                "Water the plants", Area.HOUSEHOLD, couple.first().id(), Cadence.WEEKLY, "Soil damp", 10, null)));

        eventually(sam, () -> assertThat(statusOf(sam, "Water the plants")).startsWith("Proposed by Alex"));
        assertThat(card(sam, "Pay the bills")).isSameAs(before);
    }

    private static Div card(com.vaadin.browserless.BrowserlessUIContext window, String title) {
        window.activate();
        return window.find(Div.class).withClassName("cg-responsibility")
                .withCondition(d -> title.equals(d.getElement().getAttribute("data-title"))).single();
    }

    @Test
    void minutes_beyond_a_week_are_refused_next_to_the_field_and_nothing_is_proposed() {
        alex.activate();
        alex.test(alex.find(Button.class).withId("responsibility-propose").single()).click();
        ResponsibilityEditor editor = alex.find(ResponsibilityEditor.class).single();
        alex.test(editor.title).setValue("Everything, always");
        alex.test(editor.doneMeans).setValue("All of it");
        editor.minutes.setValue(20_000);
        alex.test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.minutes.isInvalid()).isTrue();
        assertThat(editor.minutes.getErrorMessage()).isEqualTo("A week has 10,080 minutes: please estimate at most that");
        assertThat(people.as(couple.first(), () -> service.list(couple.spaceId())).items()).isEmpty();
    }

    private static List<String> waiting(BrowserlessUIContext window) {
        window.activate();
        return window.find(Div.class).withClassName("cg-responsibility-waiting").all().stream()
                .flatMap(group -> window.find(Span.class, group).withClassName("cg-responsibility-title").all().stream())
                .map(Span::getText).toList();
    }

    private static String statusOf(BrowserlessUIContext window, String title) {
        window.activate();
        Div card = window.find(Div.class).withClassName("cg-responsibility")
                .withCondition(d -> title.equals(d.getElement().getAttribute("data-title"))).single();
        return window.find(Paragraph.class, card).withClassName("cg-responsibility-status").single().getText();
    }
}
