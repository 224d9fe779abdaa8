package app.commonground.calendar.ui;

import app.commonground.BrowserlessTest;
import app.commonground.TestPeople.Person;
import app.commonground.calendar.CalendarService;
import app.commonground.calendar.Secrets;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;

import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

class CalendarCardTest extends BrowserlessTest {

    @Autowired
    CalendarService calendars;

    @Test
    void the_card_shows_the_address_to_copy_once_the_person_asks_for_it() {
        Person sam = people.newPartners().second();
        BrowserlessUIContext window = users.windowOf(sam);
        CalendarCard card = cardIn(window);
        assertThat(card.shown.isVisible()).isFalse();

        window.test(card.turnOn).click();

        URI address = people.as(sam, calendars::myAddress).orElseThrow();
        assertThat(card.address.getValue()).isEqualTo(address.toString());
        assertThat(card.address.isReadOnly()).isTrue();
        assertThat(card.copy.isVisible()).isTrue();
        assertThat(card.turnOn.isVisible()).isFalse();
    }

    @Test
    void replacing_after_the_warning_shows_the_new_address_and_the_old_one_stops() {
        Person sam = people.newPartners().second();
        URI old = people.as(sam, calendars::turnOnMine);
        BrowserlessUIContext window = users.windowOf(sam);
        CalendarCard card = cardIn(window);
        assertThat(card.address.getValue()).isEqualTo(old.toString());

        window.test(card.replace).click();
        ConfirmDialog confirm = window.find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("message")).contains("old address stops working at once");
        window.test(confirm).confirm();

        URI replaced = people.as(sam, calendars::myAddress).orElseThrow();
        assertThat(replaced).isNotEqualTo(old);
        assertThat(card.address.getValue()).isEqualTo(replaced.toString());
        assertThat(calendars.feed(Secrets.of(old))).isEmpty();
    }

    @Test
    void turning_it_off_hides_the_address_and_it_stops() {
        Person sam = people.newPartners().second();
        URI address = people.as(sam, calendars::turnOnMine);
        BrowserlessUIContext window = users.windowOf(sam);
        CalendarCard card = cardIn(window);

        window.test(card.turnOff).click();

        assertThat(card.shown.isVisible()).isFalse();
        assertThat(card.turnOn.isVisible()).isTrue();
        assertThat(calendars.feed(Secrets.of(address))).isEmpty();
    }

    private static CalendarCard cardIn(BrowserlessUIContext window) {
        open(window, "account");
        return window.find(CalendarCard.class).single();
    }
}
