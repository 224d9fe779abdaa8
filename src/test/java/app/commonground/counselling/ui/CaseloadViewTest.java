package app.commonground.counselling.ui;

import app.commonground.BrowserlessTest;
import app.commonground.TestNegotiations;
import app.commonground.TestPeople.Couple;
import app.commonground.TestPeople.Person;
import app.commonground.base.live.LiveSpaces;
import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.negotiation.NegotiationService;
import app.commonground.page.MySpacesView;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static app.commonground.BrowserlessUsers.runPending;
import static org.assertj.core.api.Assertions.assertThat;

/** One counsellor with two couples: their page follows both spaces, whether anyone else has them open or not. */
class CaseloadViewTest extends BrowserlessTest {

    @Autowired
    TestNegotiations negotiating;
    @Autowired
    NegotiationService negotiations;
    @Autowired
    BoardService board;
    @Autowired
    LiveSpaces live;

    @Test
    void a_partner_signing_an_agreement_changes_the_counsellors_row_without_a_reload() {
        Person rivera = people.newPerson("Dr Rivera");
        Couple open = people.withCounsellor(people.newPartners(), rivera);
        Couple closed = people.withCounsellor(people.newPartners(), rivera);
        UUID here = negotiating.atOptions(open, "Sundays");
        UUID there = negotiating.atOptions(closed, "Money");
        BrowserlessUIContext alex = users.windowOf(open.first());
        open(alex, "spaces/" + open.spaceId());
        int models = live.openSpaces();

        BrowserlessUIContext riveras = users.windowOf(rivera);
        open(riveras, "");
        assertThat(riveras.getCurrentView()).isInstanceOf(MySpacesView.class);
        assertThat(riveras.find(H1.class).single().getText()).isEqualTo("Your couples");
        assertThat(cards(riveras)).hasSize(2).allSatisfy(card -> assertThat(card).contains("nothing new to look at"));

        sign(closed, there, "Split the bills by income");
        eventually(riveras, () -> assertThat(card(riveras, closed)).contains("1 agreement signed"));
        assertThat(card(riveras, open)).contains("nothing new to look at");
        assertThat(live.openSpaces()).as("no model is loaded for a space nobody has open").isEqualTo(models);

        sign(open, here, "Slow Sunday mornings");
        eventually(riveras, () -> assertThat(card(riveras, open)).contains("1 agreement signed"));
        people.as(open.first(), () -> board.add(open.spaceId(), BoardService.Placement.MINE,
                ItemDraft.idea(ItemKind.GOAL, "kept-7QF: a goal of my own"), true));
        eventually(alex, () -> assertThat(alex.getCurrentView().getElement().getTextRecursively()).contains("kept-7QF"));
        runPending(riveras);
        assertThat(riveras.getCurrentView().getElement().getTextRecursively()).doesNotContain("kept-7QF");
    }

    private void sign(Couple couple, UUID topic, String outcome) {
        UUID option = people.as(couple.first(), () -> negotiations.addOption(topic, outcome)).options().getFirst().id();
        people.as(couple.first(), () -> negotiations.rate(topic, option, 9));
        people.as(couple.second(), () -> negotiations.rate(topic, option, 8));
        people.as(couple.first(), () -> negotiations.proposeOutcome(topic, option, LocalDate.now().plusMonths(1)));
        people.as(couple.second(), () -> negotiations.sign(topic));
    }

    private static List<String> cards(BrowserlessUIContext window) {
        return window.find(CaseCard.class).all().stream().map(card -> card.getElement().getTextRecursively()).toList();
    }

    private static String card(BrowserlessUIContext window, Couple couple) {
        return window.find(CaseCard.class).all().stream()
                .filter(card -> card.getElement().getAttribute("data-space").equals(couple.spaceId().toString()))
                .findFirst().orElseThrow().getElement().getTextRecursively();
    }
}
