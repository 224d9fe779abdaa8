package app.commonground.counselling.ui;

import app.commonground.BrowserlessTest;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Person;
import app.commonground.base.ui.NotFoundView;
import app.commonground.counselling.CaseloadService;
import app.commonground.counselling.CounsellingService;
import app.commonground.space.ConsentService;
import app.commonground.space.ui.SpaceSettingsView;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.concurrent.CompletableFuture;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

/** Two partners and two counsellors of one space, one of whom the couple revoked. */
class CounsellingViewTest extends BrowserlessTest {

    static final String NOTE = "Rivera's own note: ask about the evenings";
    static final String LEES_NOTE = "Lee's old note";

    @Autowired
    CounsellingService service;
    @Autowired
    CaseloadService caseload;
    @Autowired
    ConsentService consents;

    @Test
    void the_counsellor_records_a_session_and_keeps_notes_the_partners_and_the_revoked_counsellor_never_see() {
        TestPeople.Couple couple = people.newCouple();
        Person lee = people.newPerson("Dr Lee");
        people.withCounsellor(couple, lee);
        people.as(lee, () -> service.writeNote(couple.spaceId(), null, LEES_NOTE));
        people.as(couple.second(), () -> consents.revoke(couple.spaceId(), lee.id()));

        BrowserlessUIContext rivera = sessions(couple, couple.counsellor());
        rivera.test(rivera.find(Button.class).withId("session-record").single()).click();
        CounsellingPanel riveras = rivera.find(CounsellingPanel.class).single();
        rivera.test(riveras.noteWords).setValue(NOTE);
        rivera.test(rivera.find(Button.class).withId("note-save").single()).click();
        assertThat(text(rivera, "counsellor-notes")).contains(NOTE).doesNotContain(LEES_NOTE);

        BrowserlessUIContext alex = sessions(couple, couple.first());
        assertThat(text(alex, "sessions")).contains("Dr Rivera");
        assertThat(alex.find(Div.class).withId("counsellor-notes").all()).as("no notes shown to a partner").isEmpty();
        assertThat(alex.find(CounsellingPanel.class).single().getElement().getTextRecursively())
                .doesNotContain(NOTE, LEES_NOTE);

        BrowserlessUIContext sam = users.windowOf(couple.second());
        open(sam, "spaces/" + couple.spaceId() + "/since");
        assertThat(sam.getCurrentView()).isInstanceOf(SinceLastSessionView.class);
        assertThat(sam.getCurrentView().getElement().getTextRecursively()).doesNotContain(NOTE, LEES_NOTE)
                .contains("Since our last session");

        BrowserlessUIContext lees = users.windowOf(lee);
        open(lees, "spaces/" + couple.spaceId() + "/since");
        assertThat(lees.getCurrentView()).isInstanceOf(NotFoundView.class);
        open(lees, "spaces/" + couple.spaceId());
        assertThat(lees.getCurrentView()).isInstanceOf(NotFoundView.class);
        open(lees, "");
        assertThat(lees.find(CaseloadPanel.class).single().getElement().getTextRecursively())
                .contains("Your notes from earlier couples", "Alex & Sam", "Access ended", "Your note")
                .doesNotContain("Since our last session", "Observing");
        open(lees, "notes/" + couple.spaceId());
        assertThat(lees.getCurrentView()).isInstanceOf(NotesKeptView.class);
        assertThat(lees.getCurrentView().getElement().getTextRecursively()).contains(LEES_NOTE, "access to this space has ended")
                .doesNotContain(NOTE);
        assertThat(lees.find(Button.class).all()).noneMatch(button -> button.getText().contains("Save"));
        BrowserlessUIContext partnersTry = users.windowOf(couple.first());
        open(partnersTry, "notes/" + couple.spaceId());
        assertThat(partnersTry.getCurrentView()).isInstanceOf(NotFoundView.class);

        BrowserlessUIContext riverasSummary = users.windowOf(couple.counsellor());
        open(riverasSummary, "spaces/" + couple.spaceId() + "/since");
        assertThat(riverasSummary.getCurrentView().getElement().getTextRecursively())
                .contains("prepared for Dr Rivera", "Dr Rivera")
                .doesNotContain(NOTE);

        BrowserlessUIContext settings = users.windowOf(couple.first());
        open(settings, "spaces/" + couple.spaceId() + "/settings");
        assertThat(settings.getCurrentView()).isInstanceOf(SpaceSettingsView.class);
        String record = settings.find(Div.class).withId("consent-record").single().getElement().getTextRecursively();
        assertThat(record).contains("Sam ended Dr Lee's access", "Dr Rivera viewed your space",
                "Dr Rivera viewed the summary since your last session");

        people.as(couple.first(), () -> consents.revoke(couple.spaceId(), couple.counsellor().id()));
        eventually(riverasSummary, () -> assertThat(riverasSummary.find(H1.class).withId("access-ended").all()).hasSize(1));
        assertThat(riverasSummary.getCurrentView().getElement().getTextRecursively()).doesNotContain("Since our last session");
        assertThat(settings.find(UnorderedList.class).withId("consent-history").all()).hasSize(1);
    }

    @Test
    void a_counsellor_whose_access_ended_while_their_page_stayed_open_is_told_so_and_nothing_is_saved() {
        TestPeople.Couple couple = people.newCouple();
        BrowserlessUIContext rivera = sessions(couple, couple.counsellor());
        CounsellingPanel riveras = rivera.find(CounsellingPanel.class).single();
        Button record = rivera.find(Button.class).withId("session-record").single();
        Button saveNote = rivera.find(Button.class).withId("note-save").single();

        // In Sam's browser, on another thread: the news reaches Rivera's page at its next round trip, after her clicks.
        CompletableFuture.runAsync(() -> people.as(couple.second(),
                () -> consents.revoke(couple.spaceId(), couple.counsellor().id()))).join();
        rivera.test(record).click();
        rivera.test(riveras.noteWords).setValue(NOTE);
        rivera.test(saveNote).click();

        assertThat(people.as(couple.first(), () -> service.sessions(couple.spaceId()))).isEmpty();
        assertThat(people.as(couple.counsellor(), () -> caseload.caseload())).as("no note kept").isEmpty();
        assertThat(rivera.find(Notification.class).all()).extracting(shown -> rivera.test(shown).getText())
                .containsOnly("Your access to this space has ended, so nothing was saved.");
        eventually(rivera, () -> assertThat(rivera.find(H1.class).withId("access-ended").all()).hasSize(1));
    }

    private BrowserlessUIContext sessions(TestPeople.Couple couple, Person person) {
        BrowserlessUIContext window = users.windowOf(person);
        open(window, "spaces/" + couple.spaceId());
        window.find(TabSheet.class).single().setSelectedTab(window.find(Tab.class).withId("sessions-tab").single());
        return window;
    }

    private static String text(BrowserlessUIContext window, String id) {
        window.activate();
        return window.find(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
