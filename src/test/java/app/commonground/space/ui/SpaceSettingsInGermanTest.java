package app.commonground.space.ui;

import app.commonground.BrowserlessTest;
import app.commonground.TestPeople.Couple;
import app.commonground.account.AccountService;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Optional;

import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

/** Two partners who read different languages open the settings of their space. */
class SpaceSettingsInGermanTest extends BrowserlessTest {

    @Autowired
    AccountService accounts;

    @Test
    void a_partner_who_reads_german_sees_the_settings_in_german_with_the_other_partners_name_while_the_other_reads_english() {
        Couple couple = people.newCouple();
        people.as(couple.second(), () -> accounts.chooseLanguage(Optional.of(Locale.GERMAN)));
        open(users.windowOf(couple.counsellor()), "spaces/" + couple.spaceId());

        BrowserlessUIContext sam = users.windowOf(couple.second());
        open(sam, "spaces/" + couple.spaceId() + "/settings");
        assertThat(sam.find(H1.class).single().getText()).isEqualTo("Einstellungen · Alex & Sam");
        assertThat(text(sam, "consent-record")).contains("Zustimmung und Besuche", "Dr Rivera hat sich am",
                "euren Raum angesehen");
        assertThat(sam.getCurrentView().getElement().getTextRecursively())
                .contains("Wer dabei ist", "Sam (du)", "Partner:in", "Berater:in · begleitet", "Ihr seid beide da",
                        "Dr Rivera · begleitet euch");
        assertThat(text(sam, "leave-card")).contains("Diesen Raum verlassen",
                "Alex behält den Raum", "Lade vorher deine Daten herunter, wenn du eine Kopie möchtest.");
        sam.test(sam.find(Button.class).withId("leave-space").single()).click();
        ConfirmDialog confirm = sam.find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Alex & Sam verlassen?");
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Bleiben");

        BrowserlessUIContext alex = users.windowOf(couple.first());
        open(alex, "spaces/" + couple.spaceId() + "/settings");
        assertThat(alex.find(H1.class).single().getText()).isEqualTo("Settings · Alex & Sam");
        assertThat(text(alex, "consent-record")).contains("Consent and visits", "Dr Rivera viewed your space on");
        assertThat(text(alex, "leave-card"))
                .contains("Sam keeps the space", "Download your data first if you'd like a copy.");
    }

    private static String text(BrowserlessUIContext window, String id) {
        window.activate();
        return window.find(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
