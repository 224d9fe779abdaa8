package app.commonground.account.ui;

import app.commonground.BrowserlessTest;
import app.commonground.TestPeople.Couple;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectTester;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

/** A person chooses their language on their account page: every screen of theirs changes at once, nobody else's. */
class LanguageCardTest extends BrowserlessTest {

    @Test
    void choosing_german_turns_every_open_screen_of_that_person_german_at_once_and_nobody_elses() {
        Couple couple = people.newPartners();
        List<BrowserlessUIContext> sams = users.windowsOf(couple.second(), 2);
        BrowserlessUIContext account = sams.get(0);
        BrowserlessUIContext space = sams.get(1);
        open(account, "account");
        open(space, "spaces/" + couple.spaceId());
        BrowserlessUIContext alex = users.windowOf(couple.first());
        open(alex, "spaces/" + couple.spaceId());
        assertThat(userMenu(space)).containsExactly("Your account", "Sign out");

        account.activate();
        new SelectTester<>(languageOf(account)).selectItem("Deutsch");

        assertThat(account.find(H1.class).single().getText()).isEqualTo("Dein Konto");
        eventually(space, () -> assertThat(userMenu(space)).containsExactly("Dein Konto", "Abmelden"));
        assertThat(userMenu(alex)).containsExactly("Your account", "Sign out");
        BrowserlessUIContext later = users.windowOf(couple.second());
        open(later, "account");
        assertThat(later.find(H1.class).single().getText()).isEqualTo("Dein Konto");
        assertThat(languageOf(later).getValue()).contains(Locale.GERMAN);
    }

    @Test
    void going_back_to_the_browsers_language_speaks_it_again() {
        Couple couple = people.newPartners();
        BrowserlessUIContext sam = users.windowOf(couple.second());
        open(sam, "account");
        new SelectTester<>(languageOf(sam)).selectItem("Deutsch");

        new SelectTester<>(languageOf(sam)).selectItem("Sprache meines Browsers");

        assertThat(sam.find(H1.class).single().getText()).isEqualTo("Your account");
        assertThat(languageOf(sam).getValue()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Select<Optional<Locale>> languageOf(BrowserlessUIContext window) {
        window.activate();
        return window.find(Select.class).withId("language").single();
    }

    private static List<String> userMenu(BrowserlessUIContext window) {
        window.activate();
        return window.find(MenuItem.class).all().stream()
                .map(MenuItem::getText).filter(text -> !text.isBlank()).toList();
    }
}
