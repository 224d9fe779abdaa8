package app.commonground.responsibility.ui;

import app.commonground.BrowserlessTest;
import app.commonground.TestPeople.Couple;
import app.commonground.account.AccountService;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.responsibility.ResponsibilityView;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectTester;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

/** Two partners who read different languages share one list of responsibilities: each reads it in their own. */
class ResponsibilitiesInGermanTest extends BrowserlessTest {

    private static final String SHOP = "Weekly food shop";

    @Autowired
    AccountService accounts;
    @Autowired
    ResponsibilityService service;

    Couple couple;

    @BeforeEach
    void samReadsGermanAndAlexProposedAChangeForSam() {
        couple = people.newPartners();
        people.as(couple.second(), () -> accounts.chooseLanguage(Optional.of(Locale.GERMAN)));
        ResponsibilityView proposed = people.as(couple.first(), () -> service.propose(couple.spaceId(),
                new ResponsibilityDraft(SHOP, Area.HOUSEHOLD, couple.first().id(), Cadence.WEEKLY, "Done properly",
                        90, null)));
        people.as(couple.first(), () -> service.change(proposed.id(), proposed.revision(),
                new ResponsibilityDraft(SHOP, Area.HOUSEHOLD, couple.second().id(), Cadence.WEEKLY,
                        "Fridge stocked for the week", 120, null)));
    }

    @Test
    void a_partner_who_reads_german_sees_the_list_and_what_changed_in_german_while_the_other_reads_it_in_english() {
        BrowserlessUIContext sam = responsibilitiesOf(couple.second());
        BrowserlessUIContext alex = responsibilitiesOf(couple.first());

        assertThat(headings(sam)).containsExactly("Wartet auf dich");
        assertThat(buttons(sam)).contains("Vorschlagen", "Zustimmen", "Ändern");
        assertThat(statusOf(sam)).isEqualTo("Alex schlägt eine Änderung vor: wer es macht (vorher Alex, jetzt Sam); "
                + "was „erledigt“ heißt (vorher „Done properly“, jetzt „Fridge stocked for the week“); "
                + "die geschätzte Zeit (vorher 90, jetzt 120 Min. pro Woche). Du bist dran.");
        assertThat(facts(sam)).containsExactly("Sam", "Wöchentlich", "2 Std. pro Woche");
        assertThat(text(sam, "cg-balance")).contains("Zeit pro Woche", "+ 2 Std. vorgeschlagen",
                "Gemeinsame Aufgaben zählen für jede:n von euch zur Hälfte.");

        assertThat(headings(alex)).containsExactly("Household");
        assertThat(buttons(alex)).contains("Propose", "Change").doesNotContain("Accept");
        assertThat(statusOf(alex)).isEqualTo("Proposed by Alex, who changed the owner from Alex to Sam; "
                + "“done means” from “Done properly” to “Fridge stocked for the week”; "
                + "the estimate from 90 to 120 min a week. Waiting for the other partner.");
        assertThat(facts(alex)).containsExactly("Sam", "Weekly", "2 h a week");
        assertThat(text(alex, "cg-balance")).contains("Time each week", "+ 2 h proposed");
    }

    @Test
    void the_filters_choose_by_owner_and_state_in_german_and_the_words_turn_english_when_the_partner_switches() {
        BrowserlessUIContext sam = responsibilitiesOf(couple.second());
        sam.test(sam.find(Button.class).withText("Zustimmen").single()).click();
        eventually(sam, () -> assertThat(statusOf(sam)).startsWith("Sam hat am ").endsWith(" zugestimmt."));
        assertThat(headings(sam)).containsExactly("Haushalt");

        choose(sam, 1, "Vorgeschlagen");
        assertThat(cards(sam)).isEmpty();
        choose(sam, 1, "Abgesprochen");
        assertThat(cards(sam)).containsExactly(SHOP);
        choose(sam, 0, "Ihr beide");
        assertThat(cards(sam)).isEmpty();
        choose(sam, 0, "Sam");
        assertThat(cards(sam)).containsExactly(SHOP);
        Div card = card(sam);

        people.as(couple.second(), () -> accounts.chooseLanguage(Optional.of(Locale.ENGLISH)));

        eventually(sam, () -> assertThat(statusOf(sam)).startsWith("Agreed by Sam on "));
        assertThat(card(sam)).as("the same card, said again").isSameAs(card);
        assertThat(headings(sam)).containsExactly("Household");
        assertThat(facts(sam)).containsExactly("Sam", "Weekly", "2 h a week");
        assertThat(filters(sam)).extracting(Select::getLabel).containsExactly("Owner", "State");
        assertThat(filters(sam).get(1).getItemLabelGenerator().apply(filters(sam).get(1).getValue()))
                .isEqualTo("Agreed");
        assertThat(cards(sam)).containsExactly(SHOP);
    }

    private BrowserlessUIContext responsibilitiesOf(app.commonground.TestPeople.Person person) {
        BrowserlessUIContext window = users.windowOf(person);
        open(window, "spaces/" + couple.spaceId());
        window.find(TabSheet.class).single()
                .setSelectedTab(window.find(Tab.class).withId("responsibilities-tab").single());
        eventually(window, () -> assertThat(cards(window)).containsExactly(SHOP));
        return window;
    }

    @SuppressWarnings("unchecked")
    private static void choose(BrowserlessUIContext window, int filter, String label) {
        window.activate();
        Select<Object> select = (Select<Object>) (Select<?>) filters(window).get(filter);
        new SelectTester<>(select).selectItem(label);
    }

    @SuppressWarnings("rawtypes")
    private static List<Select> filters(BrowserlessUIContext window) {
        window.activate();
        Div tools = window.find(Div.class).withClassName("cg-responsibility-tools").single();
        return window.find(Select.class, tools).all();
    }

    private static List<String> headings(BrowserlessUIContext window) {
        return window.find(H3.class, section(window)).all().stream().map(H3::getText).toList();
    }

    private static List<String> buttons(BrowserlessUIContext window) {
        return window.find(Button.class, section(window)).all().stream().map(Button::getText).toList();
    }

    private static Div section(BrowserlessUIContext window) {
        window.activate();
        return window.find(Div.class).withClassName("cg-responsibilities").single();
    }

    private static List<String> cards(BrowserlessUIContext window) {
        window.activate();
        return window.find(Div.class).withClassName("cg-responsibility").all().stream()
                .map(card -> card.getElement().getAttribute("data-title")).toList();
    }

    private static Div card(BrowserlessUIContext window) {
        window.activate();
        return window.find(Div.class).withClassName("cg-responsibility")
                .withCondition(d -> SHOP.equals(d.getElement().getAttribute("data-title"))).single();
    }

    private static String statusOf(BrowserlessUIContext window) {
        return window.find(Paragraph.class, card(window)).withClassName("cg-responsibility-status").single().getText();
    }

    private static List<String> facts(BrowserlessUIContext window) {
        Div facts = window.find(Div.class, card(window)).withClassName("cg-responsibility-facts").single();
        return facts.getChildren().map(pill -> pill.getElement().getText()).toList();
    }

    private static String text(BrowserlessUIContext window, String className) {
        window.activate();
        return window.find(Div.class).withClassName(className).single().getElement().getTextRecursively();
    }
}
