package app.commonground.values.ui;

import app.commonground.BrowserlessTest;
import app.commonground.TestPeople.Couple;
import app.commonground.TestPeople.Person;
import app.commonground.account.AccountService;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationViews;
import app.commonground.values.BoundaryDraft;
import app.commonground.values.BoundaryKind;
import app.commonground.values.ValuesService;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static app.commonground.BrowserlessUsers.click;
import static app.commonground.BrowserlessUsers.clickText;
import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two partners who read different languages on the values-and-boundaries section: Sam reads German, Alex English.
 * A value picked from the list is kept by its English name and read by each in their own language; a value
 * someone wrote themselves reads as they wrote it.
 */
class ValuesInGermanTest extends BrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ValuesService values;
    @Autowired
    NegotiationService negotiations;

    private Couple couple;
    private BrowserlessUIContext alex;
    private BrowserlessUIContext sam;

    @BeforeEach
    void samReadsGermanAndBothLookAtValues() {
        couple = people.newPartners();
        people.as(couple.second(), () -> accounts.chooseLanguage(Optional.of(Locale.GERMAN)));
        alex = valuesOf(couple.first());
        sam = valuesOf(couple.second());
    }

    @Test
    void a_partner_who_reads_german_sees_a_boundary_in_german_while_its_author_reads_it_in_english() {
        people.as(couple.first(), () -> values.writeBoundary(couple.spaceId(), new BoundaryDraft(BoundaryKind.TIME,
                "If work runs late, I will still stop at 8 on Thursdays", false, null), true));

        eventually(sam, () -> assertThat(text(sam)).contains("Grenzen", "Grenze von Alex", "Zeit",
                "If work runs late, I will still stop at 8 on Thursdays",
                "Gib sie in deinen eigenen Worten wieder, damit Alex weiß, dass du sie gehört hast.",
                "Die wichtigsten Werte", "Unsere gemeinsamen Werte"));
        assertThat(buttons(sam)).contains("Bei Alex nachfragen", "Darüber sprechen", "Eine Grenze aufschreiben",
                "Meine Werte wählen");
        eventually(alex, () -> assertThat(text(alex)).contains("Boundaries", "Your boundary", "Time",
                "Waiting for Sam to put it in their own words.", "Core values", "Our shared values"));
        assertThat(buttons(alex)).contains("Change", "Withdraw", "Write a boundary");

        clickText(sam, "Darüber sprechen");

        List<String> titles = people.as(couple.first(), () -> negotiations.list(couple.spaceId())).stream()
                .map(NegotiationViews.Summary::title).toList();
        assertThat(titles).singleElement().asString().as("named in the language of who asked")
                .startsWith("Über eine Grenze zum Thema Zeit, ");
    }

    @Test
    void a_value_picked_in_german_is_kept_by_its_english_name_and_each_partner_reads_it_in_their_own_language() {
        click(sam, "values-choose");
        ValuePicks picks = panel(sam).coreValues.picks;
        sam.test(picks.fields.get(0)).setFilter("Ehrl");
        assertThat(sam.test(picks.fields.get(0)).getSuggestions()).containsExactly("Ehrlichkeit");
        sam.test(picks.fields.get(0)).selectItem("Ehrlichkeit");
        type(sam, picks.fields.get(1), "Segeln am Sonntag");
        type(sam, picks.fields.get(2), "familie");
        click(sam, "values-ready");

        assertThat(people.as(couple.second(), () -> values.myPick(couple.spaceId())).values())
                .as("a value of the list is kept by its English name, one's own as written")
                .containsExactly("Honesty", "Segeln am Sonntag", "Family");
        eventually(alex, () -> assertThat(valuesCard(alex)).contains("Sam is ready"));
        assertThat(valuesCard(sam)).contains("Deine Werte: Ehrlichkeit, Segeln am Sonntag, Familie.");

        people.as(couple.first(), () -> values.chooseValues(couple.spaceId(), List.of("Honesty", "Adventure"), false));
        people.as(couple.first(), () -> values.valuesReady(couple.spaceId(), true));

        eventually(sam, () -> assertThat(valuesCard(sam)).contains("Deine Werte", "Werte von Alex", "Abenteuer",
                "Gemeinsam: Ehrlichkeit", "Abenteuer: bei Alex Platz 2, bei Sam nicht unter den fünf",
                "Familie: bei Alex nicht unter den fünf, bei Sam Platz 3"));
        eventually(alex, () -> assertThat(valuesCard(alex)).contains("Your values", "Sam's values",
                "Segeln am Sonntag", "In common: Honesty", "Adventure: Alex 2nd, Sam not in their five",
                "Family: Alex not in their five, Sam 3rd").doesNotContain("Ehrlichkeit", "Familie"));

        people.as(couple.second(), () -> accounts.chooseLanguage(Optional.of(Locale.ENGLISH)));

        eventually(sam, () -> assertThat(valuesCard(sam)).as("said again in English, live")
                .contains("Your values", "Alex's values", "In common: Honesty", "Segeln am Sonntag",
                        "Family: Alex not in their five, Sam 3rd").doesNotContain("Ehrlichkeit"));
    }

    private BrowserlessUIContext valuesOf(Person person) {
        BrowserlessUIContext window = users.windowOf(person);
        open(window, "spaces/" + couple.spaceId());
        window.find(TabSheet.class).single().setSelectedTab(window.find(Tab.class).withId("values-tab").single());
        return window;
    }

    /** The person types their own words into a value field and leaves it, as the browser sends it. */
    private static void type(BrowserlessUIContext window, ComboBox<String> field, String words) {
        window.activate();
        ComponentUtil.fireEvent(field, new ComboBoxBase.CustomValueSetEvent<>(field, true, words));
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

    private static String valuesCard(BrowserlessUIContext window) {
        window.activate();
        return window.find(Div.class).withId("values-core").single().getElement().getTextRecursively();
    }
}
