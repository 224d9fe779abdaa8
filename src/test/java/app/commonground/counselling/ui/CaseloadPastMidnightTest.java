package app.commonground.counselling.ui;

import app.commonground.BrowserlessTest;
import app.commonground.SettableClock;
import app.commonground.TestNegotiations;
import app.commonground.TestPeople.Couple;
import com.vaadin.browserless.BrowserlessUIContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

/** A caseload left open over midnight: what depends on the day (a negotiation waiting two weeks) moves with it. */
@Import(SettableClock.Config.class)
class CaseloadPastMidnightTest extends BrowserlessTest {

    @Autowired
    SettableClock clock;
    @Autowired
    TestNegotiations negotiating;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_negotiation_reaching_two_weeks_on_its_step_at_midnight_shows_on_the_open_caseload() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        clock.set(today.atTime(23, 59, 58).toInstant(ZoneOffset.UTC));
        Couple couple = people.newCouple();
        UUID stuck = negotiating.revealed(couple, "Holidays");
        jdbc.sql("update negotiation set step_since = ? where id = ?")
                .params(Timestamp.from(today.minusWeeks(2).atTime(12, 0).toInstant(ZoneOffset.UTC)), stuck).update();
        BrowserlessUIContext rivera = users.windowOf(couple.counsellor());
        open(rivera, "");
        assertThat(card(rivera)).contains("nothing new to look at");

        clock.set(today.plusDays(1).atTime(0, 0, 5).toInstant(ZoneOffset.UTC));

        eventually(rivera, () -> assertThat(card(rivera)).contains("1 negotiation waiting over two weeks"));
    }

    private static String card(BrowserlessUIContext window) {
        window.activate();
        return window.find(CaseCard.class).single().getElement().getTextRecursively();
    }
}
