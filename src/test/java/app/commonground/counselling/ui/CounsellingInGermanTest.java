package app.commonground.counselling.ui;

import app.commonground.BrowserlessTest;
import app.commonground.TestPeople.Couple;
import app.commonground.account.AccountService;
import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemStatus;
import app.commonground.board.ItemView;
import app.commonground.counselling.NextSessionService;
import app.commonground.counselling.SessionTime;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

/** A counsellor who reads German and a couple who read English look at the same sessions. */
class CounsellingInGermanTest extends BrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    BoardService board;
    @Autowired
    NextSessionService nextSessions;

    @Test
    void a_counsellor_who_reads_german_sees_the_caseload_card_and_the_sessions_in_german_while_a_partner_reads_english() {
        Couple couple = people.newCouple();
        people.as(couple.counsellor(), () -> accounts.chooseLanguage(Optional.of(Locale.GERMAN)));
        achieve(couple, "Walk the coast path");
        achieve(couple, "Learn to sail");
        people.as(couple.counsellor(), () -> nextSessions.plan(couple.spaceId(),
                new SessionTime(LocalDate.now().plusDays(5), "18:00", ZoneId.of("UTC"))));
        people.as(couple.first(), () -> nextSessions.askForAnotherTime(couple.spaceId(), "Could we start at seven?"));
        people.as(couple.second(), () -> nextSessions.askForAnotherTime(couple.spaceId(), "Any evening suits me"));

        BrowserlessUIContext rivera = users.windowOf(couple.counsellor());
        open(rivera, "");
        assertThat(rivera.find(H1.class).single().getText()).isEqualTo("Deine Paare");
        String card = rivera.find(CaseCard.class).single().getElement().getTextRecursively();
        assertThat(card).contains("Du begleitest", "Nächste Sitzung: ", "Letzte Sitzung: noch keine",
                "Alex und Sam haben um eine andere Zeit gebeten.", "In den letzten vier Wochen:",
                "2 Ziele und Hobbys erreicht", "Seit unserer letzten Sitzung", "Raum öffnen");

        sessions(rivera, couple);
        assertThat(headings(rivera)).contains("Nächste Sitzung", "Sitzungen", "Meine Notizen");
        assertThat(buttons(rivera)).contains("Eine andere Zeit planen", "Sitzung absagen", "Sitzung eintragen",
                "Notiz speichern");
        assertThat(text(rivera, "next-session-card"))
                .contains("Alex hat um eine andere Zeit gebeten (gerade eben): „Could we start at seven?“",
                        "Sam hat um eine andere Zeit gebeten (gerade eben): „Any evening suits me“",
                        "(deine Zeit)");
        assertThat(text(rivera, "sessions")).contains("Noch keine Sitzung eingetragen.");

        BrowserlessUIContext alex = users.windowOf(couple.first());
        sessions(alex, couple);
        assertThat(headings(alex)).contains("Next session", "Sessions with your counsellor");
        assertThat(buttons(alex)).contains("Change your request");
        assertThat(text(alex, "next-session-card")).contains("With Dr Rivera: ", "(your time)",
                "You asked for another time, just now: “Could we start at seven?”",
                "Sam asked for another time, just now: “Any evening suits me”");
    }

    @Test
    void a_partner_who_switches_to_german_sees_the_open_sessions_page_change_without_a_reload() {
        Couple couple = people.newCouple();
        people.as(couple.counsellor(), () -> nextSessions.plan(couple.spaceId(),
                new SessionTime(LocalDate.now().plusDays(5), "18:00", ZoneId.of("UTC"))));
        BrowserlessUIContext sam = users.windowOf(couple.second());
        sessions(sam, couple);
        assertThat(headings(sam)).contains("Sessions with your counsellor");
        assertThat(buttons(sam)).contains("Send to Dr Rivera");

        people.as(couple.second(), () -> accounts.chooseLanguage(Optional.of(Locale.GERMAN)));

        eventually(sam, () -> assertThat(headings(sam)).contains("Nächste Sitzung", "Sitzungen mit eurer Beratung"));
        assertThat(buttons(sam)).contains("An Dr Rivera schicken");
        assertThat(text(sam, "next-session-card")).contains("Mit Dr Rivera: ", "(deine Zeit)");
        assertThat(sam.find(NextSessionCard.class).single().askWords.getHelperText())
                .isEqualTo("Eine Nachricht an Dr Rivera: Die Sitzung bleibt wie geplant, bis Dr Rivera sie ändert. "
                        + "Dr Rivera und Alex sehen das.");
    }

    private void achieve(Couple couple, String title) {
        ItemView goal = people.as(couple.first(), () -> board.add(couple.spaceId(), BoardService.Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, title)));
        people.as(couple.first(), () -> board.setStatus(goal.id(), goal.revision(), ItemStatus.ACHIEVED));
    }

    private static void sessions(BrowserlessUIContext window, Couple couple) {
        open(window, "spaces/" + couple.spaceId());
        window.find(TabSheet.class).single().setSelectedTab(window.find(Tab.class).withId("sessions-tab").single());
    }

    private static List<String> headings(BrowserlessUIContext window) {
        window.activate();
        return window.find(H3.class).all().stream().map(H3::getText).toList();
    }

    private static List<String> buttons(BrowserlessUIContext window) {
        window.activate();
        return window.find(Button.class).all().stream().map(Button::getText).toList();
    }

    private static String text(BrowserlessUIContext window, String id) {
        window.activate();
        return window.find(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
