package app.commonground.negotiation.ui;

import app.commonground.CoupleBrowserlessTest;
import app.commonground.TestNegotiations;
import app.commonground.TestPeople;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NewNegotiation;
import com.vaadin.flow.component.html.Anchor;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.UUID;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.commonground.BrowserlessUsers.eventually;
import static org.assertj.core.api.Assertions.assertThat;

class NegotiationViewTest extends CoupleBrowserlessTest {

    @Autowired
    NegotiationService service;
    @Autowired
    TestNegotiations negotiating;


    @BeforeEach
    void everyoneLooksAtTheSameSection() {
        showTab("negotiations-tab");
    }

    @Test
    void two_partners_negotiate_from_private_drafts_to_a_signed_agreement_while_the_counsellor_watches() {
        click(alex, "Open a negotiation");
        alex.test(alex.find(TextField.class).withId("negotiation-new-title").single()).setValue("Weekends");
        click(alex, "Open");

        eventually(sam, () -> assertThat(texts(sam)).contains("Weekends"));
        openCard(sam, "Weekends");
        openCard(rivera, "Weekends");

        writeDraftAndReady(alex, "A quiet Saturday morning");
        eventually(sam, () -> assertThat(pageText(sam)).contains("Alex is ready"));
        eventually(rivera, () -> assertThat(pageText(rivera)).contains("Waiting for Sam to finish their draft"));
        assertThat(detail(sam).draft.get().coreNeeds.getFirst().getValue()).isEmpty();
        assertThat(pageText(sam)).doesNotContain("A quiet Saturday morning");
        assertThat(pageText(rivera)).doesNotContain("A quiet Saturday morning");
        writeDraftAndReady(sam, "Sunday lunch with my family");

        eventually(alex, () -> assertThat(pageText(alex)).contains("Sunday lunch with my family"));
        eventually(rivera, () -> assertThat(pageText(rivera)).contains("A quiet Saturday morning", "Sunday lunch with my family"));
        eventually(sam, () -> assertThat(pageText(sam)).contains("Waiting for Alex to put your core needs in their own words."));
        assertThat(pageText(rivera)).contains("Waiting for Alex to put Sam's core needs in their own words.",
                "Waiting for Sam to put Alex's core needs in their own words.");

        restate(alex, "You need Sunday lunch with your family");
        restate(sam, "You need a quiet Saturday morning");
        click(sam, "Yes, you got it");
        eventually(alex, () -> assertThat(buttons(alex)).contains("Yes, you got it"));
        click(alex, "Yes, you got it");

        eventually(alex, () -> assertThat(buttons(alex)).contains("Add option"));
        alex.test(detail(alex).options.get().newOption).setValue("Saturday mornings are Alex's, Sunday lunch with Sam's family");
        click(alex, "Add option");
        rate(alex, 8);
        eventually(sam, () -> assertThat(buttons(sam)).contains("Rate"));
        rate(sam, 7);
        eventually(alex, () -> assertThat(buttons(alex)).contains("Propose as our outcome"));
        click(alex, "Propose as our outcome");
        eventually(sam, () -> assertThat(buttons(sam)).contains("Sign"));
        click(sam, "Sign");

        eventually(alex, () -> assertThat(pageText(alex)).contains("Agreed on"));
        eventually(rivera, () -> assertThat(pageText(rivera)).contains("Agreed on", "Alex 8 · Sam 7").doesNotContain("Sign"));
        assertThat(buttons(rivera)).doesNotContain("Sign", "Rate", "Add option", "Open a negotiation");
    }

    @Test
    void an_agreed_outcome_made_into_a_responsibility_shows_as_done_with_a_link_to_it_on_every_screen() {
        UUID topic = negotiating.agreed(couple, "Fridays", "Cook together on Fridays");
        for (BrowserlessUIContext window : List.of(alex, sam, rivera)) {
            eventually(window, () -> assertThat(texts(window)).contains("Fridays"));
            openCard(window, "Fridays");
        }

        click(alex, "Make it a responsibility");

        UUID made = people.as(couple.first(), () -> service.negotiation(topic)).outcome().responsibilityId();
        assertThat(made).isNotNull();
        for (BrowserlessUIContext window : List.of(alex, sam, rivera)) {
            eventually(window, () -> assertThat(window.find(Anchor.class).withId("negotiation-responsibility-link")
                    .single().getHref()).isEqualTo("spaces/" + couple.spaceId() + "?responsibility=" + made));
            assertThat(buttons(window)).doesNotContain("Make it a responsibility");
        }
        assertThat(buttons(sam)).contains("Make it a shared goal");
        assertThat(buttons(rivera)).doesNotContain("Make it a shared goal");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_options_step_has_one_proposal_that_starts_with_the_best_ranked_option_and_keeps_a_choice_across_pushes() {
        UUID topic = negotiating.atOptions(couple, "Fridays");
        TestPeople.Person first = couple.first();
        TestPeople.Person second = couple.second();
        UUID takeaway = rated(topic, "Takeaway", 6, 5);
        UUID cook = rated(topic, "Cook together", 9, 8);
        rated(topic, "Eat out", 4, 9);
        openCard(alex, "Fridays");
        eventually(alex, () -> assertThat(buttons(alex)).containsOnlyOnce("Propose as our outcome"));
        Select<UUID> choice = alex.find(Select.class).withId("negotiation-proposal-choice").single();
        assertThat(choice.getValue()).isEqualTo(cook);

        alex.test(choice).selectItem("Takeaway");
        people.as(second, () -> service.addOption(topic, "Picnic in the park"));
        eventually(alex, () -> assertThat(pageText(alex)).contains("Picnic in the park"));
        assertThat(choice.getValue()).isEqualTo(takeaway);
        click(alex, "Propose as our outcome");

        assertThat(people.as(first, () -> service.negotiation(topic)).outcome().optionText()).isEqualTo("Takeaway");
    }

    private UUID rated(UUID topic, String text, int byFirst, int bySecond) {
        UUID option = people.as(couple.first(), () -> service.addOption(topic, text)).options().stream()
                .filter(o -> o.text().equals(text)).findFirst().orElseThrow().id();
        people.as(couple.first(), () -> service.rate(topic, option, byFirst));
        people.as(couple.second(), () -> service.rate(topic, option, bySecond));
        return option;
    }

    @Test
    void a_card_in_the_list_stays_the_same_on_screen_when_the_other_partner_opens_a_negotiation_so_a_tap_still_lands() {
        people.as(couple.first(), () -> service.open(couple.spaceId(), new NewNegotiation("Holidays", null)));
        eventually(sam, () -> assertThat(texts(sam)).contains("Holidays"));
        Div before = card(sam, "Holidays");

        people.as(couple.first(), () -> service.open(couple.spaceId(), new NewNegotiation("Money", null)));

        eventually(sam, () -> assertThat(texts(sam)).containsExactly("Money", "Holidays"));
        assertThat(card(sam, "Holidays")).isSameAs(before);
    }

    private static Div card(BrowserlessUIContext window, String title) {
        window.activate();
        return window.find(Div.class).withClassName("cg-negotiation-card")
                .withCondition(d -> title.equals(d.getElement().getAttribute("data-title"))).single();
    }

    private static void openCard(BrowserlessUIContext window, String title) {
        window.activate();
        window.test(window.find(Div.class).withClassName("cg-negotiation-card")
                .withCondition(d -> title.equals(d.getElement().getAttribute("data-title"))).single()).click();
    }

    private static NegotiationDetail detail(BrowserlessUIContext window) {
        window.activate();
        return window.find(NegotiationDetail.class).single();
    }

    private static void writeDraftAndReady(BrowserlessUIContext window, String coreNeed) {
        NegotiationDetail detail = detail(window);
        window.test(detail.draft.get().coreNeeds.getFirst()).setValue(coreNeed);
        click(window, "I'm ready");
    }

    private static void restate(BrowserlessUIContext window, String text) {
        eventually(window, () -> assertThat(buttons(window)).anyMatch(b -> b.startsWith("Check with")));
        window.test(detail(window).mirrors.get().restatement).setValue(text);
        window.test(window.find(Button.class).withId("negotiation-restate").single()).click();
    }

    @SuppressWarnings("unchecked")
    private static void rate(BrowserlessUIContext window, int score) {
        window.activate();
        Select<Integer> select = window.find(Select.class).withCondition(s -> "0–10".equals(s.getPlaceholder())).single();
        window.test(select).selectItem(String.valueOf(score));
        click(window, "Rate");
    }

    private static void click(BrowserlessUIContext window, String text) {
        window.activate();
        window.test(window.find(Button.class).withText(text).single()).click();
    }

    private static List<String> buttons(BrowserlessUIContext window) {
        window.activate();
        return window.find(Button.class).all().stream().map(Button::getText).toList();
    }

    private static List<String> texts(BrowserlessUIContext window) {
        window.activate();
        return window.find(Div.class).withClassName("cg-negotiation-card").all().stream()
                .map(d -> d.getElement().getAttribute("data-title")).toList();
    }

    private static String pageText(BrowserlessUIContext window) {
        window.activate();
        return window.find(NegotiationDetail.class).single().getElement().getTextRecursively()
                + window.find(Paragraph.class).all().stream().map(Paragraph::getText).reduce("", String::concat);
    }
}
