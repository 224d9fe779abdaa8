package app.commonground.checkin.ui;

import app.commonground.BrowserlessTest;
import app.commonground.SettableClock;
import app.commonground.TestPeople;
import app.commonground.base.ui.Dates;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.RhythmProposal;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

/** A check-in section left open over midnight: the dates that depend on today move with the day. */
@Import(SettableClock.Config.class)
class CheckinPastMidnightTest extends BrowserlessTest {

    @Autowired
    SettableClock clock;
    @Autowired
    CheckinService service;

    @Test
    void a_screen_left_open_past_midnight_shows_the_next_check_in_as_of_the_new_day() {
        LocalDate tuesday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        clock.set(tuesday.atTime(23, 59, 58).toInstant(ZoneOffset.UTC));
        TestPeople.Couple couple = people.newPartners();
        people.as(couple.first(), () -> service.proposeRhythm(couple.spaceId(),
                new RhythmProposal(DayOfWeek.TUESDAY, LocalTime.of(19, 0), 1)));
        people.as(couple.second(), () -> service.acceptRhythm(couple.spaceId()));
        BrowserlessUIContext alex = users.windowOf(couple.first());
        open(alex, "spaces/" + couple.spaceId());
        alex.find(TabSheet.class).single().setSelectedTab(alex.find(Tab.class).withId("checkin-tab").single());
        assertThat(rhythm(alex)).endsWith("next on " + day(alex, tuesday));

        clock.set(tuesday.plusDays(1).atTime(0, 0, 5).toInstant(ZoneOffset.UTC));

        eventually(alex, () -> assertThat(rhythm(alex)).endsWith("next on " + day(alex, tuesday.plusWeeks(1))));
    }

    private static String rhythm(BrowserlessUIContext window) {
        window.activate();
        return window.find(Paragraph.class).withId("checkin-rhythm").single().getText();
    }

    /** The day as the window's screen writes it. */
    private static String day(BrowserlessUIContext window, LocalDate date) {
        window.activate();
        return Dates.day(date);
    }
}
