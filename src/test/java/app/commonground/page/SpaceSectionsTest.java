package app.commonground.page;

import app.commonground.BrowserlessTest;
import app.commonground.TestNegotiations;
import app.commonground.TestPeople;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ui.BoardPanel;
import app.commonground.checkin.ui.CheckinPanel;
import app.commonground.counselling.ui.CounsellingPanel;
import app.commonground.negotiation.ui.NegotiationsPanel;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.responsibility.ui.ResponsibilitiesPanel;
import app.commonground.values.ui.ValuesPanel;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static app.commonground.BrowserlessUsers.eventually;
import static app.commonground.BrowserlessUsers.open;
import static org.assertj.core.api.Assertions.assertThat;

/** The space page builds a section when its tab is first opened; links still land on the right section and card. */
class SpaceSectionsTest extends BrowserlessTest {

    private static final List<Class<? extends Component>> SECTIONS = List.of(BoardPanel.class,
            ResponsibilitiesPanel.class, NegotiationsPanel.class, CheckinPanel.class, ValuesPanel.class,
            CounsellingPanel.class);

    @Autowired
    BoardService board;
    @Autowired
    ResponsibilityService responsibilities;
    @Autowired
    TestNegotiations negotiations;

    TestPeople.Couple couple;

    @BeforeEach
    void aCoupleWithACounsellor() {
        couple = people.newCouple();
    }

    @Test
    void the_page_builds_only_the_open_tabs_section_and_another_when_its_tab_is_first_opened() {
        BrowserlessUIContext sam = users.windowOf(couple.second());
        open(sam, SpaceLinks.space(couple.spaceId()));

        assertThat(built(sam)).containsExactly(BoardPanel.class);

        sam.find(TabSheet.class).single().setSelectedTab(sam.find(Tab.class).withId("checkin-tab").single());
        assertThat(built(sam)).containsExactly(BoardPanel.class, CheckinPanel.class);

        sam.find(TabSheet.class).single().setSelectedTab(sam.find(Tab.class).withId("board-tab").single());
        assertThat(built(sam)).containsExactly(BoardPanel.class, CheckinPanel.class);
    }

    @Test
    void an_unopened_tab_counts_what_waits_for_the_viewer_as_it_changes() {
        BrowserlessUIContext sam = users.windowOf(couple.second());
        open(sam, SpaceLinks.space(couple.spaceId()));
        assertThat(count(sam, "responsibilities-waiting")).isEmpty();

        people.as(couple.first(), () -> responsibilities.propose(couple.spaceId(),
                new ResponsibilityDraft("Bins", Area.HOUSEHOLD, null, Cadence.WEEKLY, "Out on Thursday", 10, null)));
        negotiations.revealed(couple, "Weekends");

        eventually(sam, () -> {
            assertThat(count(sam, "responsibilities-waiting")).isEqualTo("1");
            assertThat(count(sam, "negotiations-waiting")).isEqualTo("1");
        });
        assertThat(built(sam)).containsExactly(BoardPanel.class);
    }

    @Test
    void a_link_to_a_goal_opens_it_on_the_board() {
        UUID goal = people.as(couple.first(), () -> board.add(couple.spaceId(), Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Learn to sail"))).id();
        BrowserlessUIContext sam = users.windowOf(couple.second());

        follow(sam, SpaceLinks.ITEM, goal.toString());

        assertThat(selectedTab(sam)).isEqualTo("board-tab");
        assertThat(sam.find(Div.class).withId("item-" + goal).all()).hasSize(1);
        assertThat(sam.find(TextField.class).withId("item-title").single().getValue()).isEqualTo("Learn to sail");
        assertThat(sam.find(Dialog.class).all()).filteredOn(Dialog::isOpened).hasSize(1);
    }

    @Test
    void a_link_to_a_responsibility_opens_its_section_on_its_card_and_builds_no_other() {
        UUID chore = people.as(couple.first(), () -> responsibilities.propose(couple.spaceId(),
                new ResponsibilityDraft("Bins", Area.HOUSEHOLD, null, Cadence.WEEKLY, "Out on Thursday", 10, null))).id();
        BrowserlessUIContext sam = users.windowOf(couple.second());

        follow(sam, SpaceLinks.RESPONSIBILITY, chore.toString());

        assertThat(selectedTab(sam)).isEqualTo("responsibilities-tab");
        assertThat(sam.find(Div.class).withId("responsibility-" + chore).all()).hasSize(1);
        assertThat(built(sam)).containsExactly(ResponsibilitiesPanel.class);
    }

    @Test
    void a_link_to_a_negotiation_opens_it() {
        UUID weekends = negotiations.revealed(couple, "Weekends");
        BrowserlessUIContext sam = users.windowOf(couple.second());

        follow(sam, SpaceLinks.NEGOTIATION, weekends.toString());

        assertThat(selectedTab(sam)).isEqualTo("negotiations-tab");
        assertThat(sam.find(H2.class).withId("negotiation-title").single().getText()).isEqualTo("Weekends");
        assertThat(built(sam)).containsExactly(NegotiationsPanel.class);
    }

    @Test
    void a_link_to_each_section_opens_that_section_alone() {
        for (SpaceLinks.Section section : SpaceLinks.Section.values()) {
            BrowserlessUIContext rivera = users.windowOf(couple.counsellor());
            follow(rivera, SpaceLinks.TAB, section.param());
            assertThat(selectedTab(rivera)).isEqualTo(section == SpaceLinks.Section.CHECKIN ? "checkin-tab"
                    : section.param() + "-tab");
            assertThat(built(rivera)).containsExactly(SECTIONS.get(section.ordinal()));
        }
    }

    @Test
    void a_link_to_a_section_that_does_not_exist_opens_the_board() {
        BrowserlessUIContext sam = users.windowOf(couple.second());

        follow(sam, SpaceLinks.TAB, "nowhere");

        assertThat(selectedTab(sam)).isEqualTo("board-tab");
        assertThat(built(sam)).containsExactly(BoardPanel.class);
    }

    private void follow(BrowserlessUIContext window, String parameter, String value) {
        window.activate();
        window.getUI().navigate(SpaceLinks.space(couple.spaceId()), QueryParameters.of(parameter, value));
        window.roundTrip();
    }

    private static List<Class<? extends Component>> built(BrowserlessUIContext window) {
        window.activate();
        return SECTIONS.stream().filter(section -> !window.find(section).all().isEmpty()).toList();
    }

    private static String selectedTab(BrowserlessUIContext window) {
        return window.find(TabSheet.class).single().getSelectedTab().getId().orElseThrow();
    }

    /** A tab's count, or nothing when it is hidden (nothing waits). */
    private static String count(BrowserlessUIContext window, String id) {
        SpaceView page = (SpaceView) window.getCurrentView();
        Span count = id.equals("responsibilities-waiting") ? page.waitingForMe : page.negotiationsForMe;
        return count.isVisible() ? count.getText() : "";
    }
}
