package app.commonground.counselling.ui;

import app.commonground.BrowserlessTest;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Person;
import app.commonground.counselling.NextSessionService;
import app.commonground.counselling.SessionTime;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next session on open screens: a counsellor in Berlin, Alex in Auckland and Sam in New York, each seeing the
 * same session at their own time of day.
 */
class NextSessionViewTest extends BrowserlessTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    NextSessionService service;

    TestPeople.Couple couple;

    @BeforeEach
    void aCoupleWithTheirCounsellor() {
        couple = people.newCouple();
    }

    @Test
    void the_counsellor_plans_a_session_and_both_partners_open_spaces_show_it_in_their_own_zones_without_a_reload() {
        BrowserlessUIContext alex = spaceIn(couple.first(), AUCKLAND);
        BrowserlessUIContext sam = spaceIn(couple.second(), NEW_YORK);
        BrowserlessUIContext rivera = sessionsIn(couple.counsellor(), BERLIN);
        assertThat(lines(alex)).as("nothing planned yet").isEmpty();
        LocalDate day = LocalDate.now(BERLIN).plusDays(5);

        NextSessionCard card = rivera.find(NextSessionCard.class).single();
        rivera.test(card.day).setValue(day);
        rivera.test(card.time).selectItem("18:00");
        rivera.test(card.plan).click();

        Instant startsAt = day.atTime(18, 0).atZone(BERLIN).toInstant();
        eventually(alex, () -> assertThat(lines(alex)).extracting(Paragraph::getText)
                .containsExactly("Next session with Dr Rivera: " + shown(alex, startsAt.atZone(AUCKLAND))));
        eventually(sam, () -> assertThat(lines(sam)).extracting(Paragraph::getText)
                .containsExactly("Next session with Dr Rivera: " + shown(sam, startsAt.atZone(NEW_YORK))));
        assertThat(line(rivera).getText()).isEqualTo("Next session: " + shown(rivera, startsAt.atZone(BERLIN)));
        assertThat(text(rivera, "next-session-card")).contains(shown(rivera, startsAt.atZone(BERLIN)) + " (your time)");
    }

    @Test
    void a_partners_request_for_another_time_reaches_the_counsellors_open_screen_live() {
        plan(LocalDate.now(BERLIN).plusDays(5));
        BrowserlessUIContext rivera = sessionsIn(couple.counsellor(), BERLIN);
        BrowserlessUIContext sam = sessionsIn(couple.second(), NEW_YORK);
        NextSessionCard samsCard = sam.find(NextSessionCard.class).single();
        assertThat(samsCard.askWords.getHelperText()).contains("Your counsellor and Alex will see this.");

        sam.test(samsCard.askWords).setValue("Could we start at seven instead?");
        sam.test(samsCard.ask).click();

        eventually(rivera, () -> assertThat(text(rivera, "next-session-card"))
                .contains("Sam asked for another time", "Could we start at seven instead?"));
        assertThat(text(sam, "next-session-card")).contains("You asked for another time");
    }

    @Test
    void a_time_that_has_passed_is_refused_next_to_its_field() {
        BrowserlessUIContext rivera = sessionsIn(couple.counsellor(), BERLIN);
        NextSessionCard card = rivera.find(NextSessionCard.class).single();

        rivera.test(card.day).setValue(LocalDate.now(BERLIN).minusDays(1));
        rivera.test(card.time).selectItem("18:00");
        rivera.test(card.plan).click();

        assertThat(card.day.isInvalid()).isTrue();
        assertThat(card.day.getErrorMessage()).isEqualTo("That time has passed: choose one still to come");
        assertThat(lines(rivera)).isEmpty();
    }

    @Test
    void a_partners_home_shows_the_next_session_on_the_card_of_that_space_in_their_zone() {
        LocalDate day = LocalDate.now(BERLIN).plusDays(5);
        plan(day);
        BrowserlessUIContext alex = windowIn(couple.first(), AUCKLAND);
        open(alex, "spaces/" + couple.spaceId());

        open(alex, "");

        Instant startsAt = day.atTime(18, 0).atZone(BERLIN).toInstant();
        assertThat(alex.find(Span.class).withClassName("cg-next-session").all()).extracting(Span::getText)
                .containsExactly("Next session with Dr Rivera: " + shown(alex, startsAt.atZone(AUCKLAND)));
    }

    private void plan(LocalDate day) {
        people.as(couple.counsellor(), () -> service.plan(couple.spaceId(), new SessionTime(day, "18:00", BERLIN)));
    }

    /** A day and time (already in the viewer's zone) as the window's language writes them: "Sun, Dec 13, 6:00 AM". */
    private static String shown(BrowserlessUIContext window, ZonedDateTime at) {
        Locale language = window.getUI().getSession().getBrowser().getLocale();
        return DateTimeFormatter.ofLocalizedPattern("MMMEd").withLocale(language).format(at) + ", "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).format(at);
    }

    private BrowserlessUIContext windowIn(Person person, ZoneId zone) {
        BrowserlessUIContext window = users.windowOf(person);
        UI ui = window.getUI();
        ui.getInternals().setExtendedClientDetails(new ExtendedClientDetails(ui, null, null, null, null, null, null,
                null, null, null, null, zone.getId(), null, null, null, null, null, null, null));
        assertThat(ui.getInternals().getExtendedClientDetails().getTimeZoneId()).isEqualTo(zone.getId());
        return window;
    }

    private BrowserlessUIContext spaceIn(Person person, ZoneId zone) {
        BrowserlessUIContext window = windowIn(person, zone);
        open(window, "spaces/" + couple.spaceId());
        return window;
    }

    private BrowserlessUIContext sessionsIn(Person person, ZoneId zone) {
        BrowserlessUIContext window = spaceIn(person, zone);
        window.find(TabSheet.class).single().setSelectedTab(window.find(Tab.class).withId("sessions-tab").single());
        return window;
    }

    private static Paragraph line(BrowserlessUIContext window) {
        window.activate();
        return window.find(Paragraph.class).withId("next-session").single();
    }

    /** The next-session lines the window shows (none while it is hidden). */
    private static java.util.List<Paragraph> lines(BrowserlessUIContext window) {
        window.activate();
        return window.find(Paragraph.class).withId("next-session").all();
    }

    private static String text(BrowserlessUIContext window, String id) {
        window.activate();
        return window.find(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
