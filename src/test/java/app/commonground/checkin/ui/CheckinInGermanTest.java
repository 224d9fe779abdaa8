package app.commonground.checkin.ui;

import app.commonground.BrowserlessTest;
import app.commonground.TestPeople.Couple;
import app.commonground.TestPeople.Person;
import app.commonground.account.AccountService;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.RhythmProposal;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

/** Two partners on the check-in section, one reading German and the other English: each sees it in their own. */
class CheckinInGermanTest extends BrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CheckinService service;

    Couple couple;
    BrowserlessUIContext alex;
    BrowserlessUIContext sam;

    @BeforeEach
    void samReadsGermanAndBothLookAtTheCheckIn() {
        couple = people.newPartners();
        people.as(couple.second(), () -> accounts.chooseLanguage(Optional.of(Locale.GERMAN)));
        alex = checkinOf(couple.first());
        sam = checkinOf(couple.second());
    }

    @Test
    void a_partner_who_reads_german_sees_the_check_in_in_german_and_the_other_sees_it_in_english() {
        assertThat(headings(sam)).contains("Unser Check-in");
        assertThat(headings(alex)).contains("Our check-in");
        assertThat(buttons(sam)).contains("Vorschlagen", "Den Check-in dieser Woche beginnen");
        assertThat(buttons(alex)).contains("Propose", "Start this week's check-in");

        people.as(couple.first(), () -> service.proposeRhythm(couple.spaceId(),
                new RhythmProposal(DayOfWeek.SUNDAY, LocalTime.of(19, 0), 2)));

        eventually(sam, () -> assertThat(rhythm(sam)).isEqualTo("Alex hat vorgeschlagen: jeden zweiten Sonntag gegen 19:00."));
        eventually(alex, () -> assertThat(rhythm(alex)).startsWith("You proposed every other Sunday around ")
                .endsWith(". Waiting for your partner to accept."));
        assertThat(buttons(sam)).contains("Zustimmen", "Eine andere Zeit vorschlagen");

        people.as(couple.first(), () -> service.start(couple.spaceId()));

        eventually(sam, () -> assertThat(state(sam)).contains("Alex hat noch nicht abgeschickt", " · ",
                "Du hast noch nicht abgeschickt"));
        eventually(alex, () -> assertThat(state(alex)).contains("You haven't submitted yet", " · ",
                "Sam hasn't submitted yet"));
        assertThat(buttons(sam)).contains("Meine Antworten ausfüllen", "Was seit dem letzten Mal passiert ist");
        assertThat(buttons(alex)).contains("Fill in my answers", "What happened since last time");
    }

    @Test
    void a_partner_who_switches_to_german_sees_the_open_check_in_in_german_at_once_with_the_day_named_in_german() {
        people.as(couple.first(), () -> service.proposeRhythm(couple.spaceId(),
                new RhythmProposal(DayOfWeek.TUESDAY, LocalTime.of(20, 30), 1)));
        eventually(alex, () -> assertThat(rhythm(alex)).startsWith("You proposed every Tuesday around "));

        people.as(couple.first(), () -> accounts.chooseLanguage(Optional.of(Locale.GERMAN)));

        eventually(alex, () -> assertThat(rhythm(alex))
                .isEqualTo("Du hast vorgeschlagen: jeden Dienstag gegen 20:30. Jetzt ist dein:e Partner:in dran, zuzustimmen."));
        assertThat(headings(alex)).contains("Unser Check-in").doesNotContain("Our check-in");
        assertThat(buttons(alex)).contains("Eine andere Zeit vorschlagen", "Den Check-in dieser Woche beginnen");
    }

    private BrowserlessUIContext checkinOf(Person person) {
        BrowserlessUIContext window = users.windowOf(person);
        open(window, "spaces/" + couple.spaceId());
        window.find(TabSheet.class).single().setSelectedTab(window.find(Tab.class).withId("checkin-tab").single());
        return window;
    }

    private static List<String> headings(BrowserlessUIContext window) {
        window.activate();
        return window.find(H3.class).all().stream().map(H3::getText).toList();
    }

    private static String rhythm(BrowserlessUIContext window) {
        window.activate();
        return window.find(Paragraph.class).withId("checkin-rhythm").single().getText();
    }

    private static String state(BrowserlessUIContext window) {
        window.activate();
        return window.find(Paragraph.class).withId("checkin-state").single().getText();
    }

    private static List<String> buttons(BrowserlessUIContext window) {
        window.activate();
        return window.find(Button.class).all().stream().filter(Button::isVisible).map(Button::getText).toList();
    }
}
