package app.commonground;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;

import static app.commonground.BrowserlessUsers.open;

/** Two partners and their counsellor, each with the couple's space open in their own browserless window. */
public abstract class CoupleBrowserlessTest extends BrowserlessTest {

    protected TestPeople.Couple couple;
    protected BrowserlessUIContext alex;
    protected BrowserlessUIContext sam;
    protected BrowserlessUIContext rivera;

    @BeforeEach
    void everyoneHasTheSpaceOpen() {
        couple = people.newCouple();
        alex = openSpace(couple.first());
        sam = openSpace(couple.second());
        rivera = openSpace(couple.counsellor());
    }

    /** Switches every window to one section of the space page. */
    protected void showTab(String tabId) {
        for (BrowserlessUIContext window : new BrowserlessUIContext[] {alex, sam, rivera}) {
            window.activate();
            window.find(TabSheet.class).single().setSelectedTab(window.find(Tab.class).withId(tabId).single());
        }
    }

    private BrowserlessUIContext openSpace(TestPeople.Person person) {
        BrowserlessUIContext window = users.windowOf(person);
        open(window, "spaces/" + couple.spaceId());
        return window;
    }
}
