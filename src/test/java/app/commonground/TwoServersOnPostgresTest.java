package app.commonground;

import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static app.commonground.BrowserTest.click;
import static app.commonground.BrowserTest.markVisit;
import static app.commonground.BrowserTest.sameVisit;
import static app.commonground.BrowserTest.showSpace;
import static app.commonground.BrowserTest.texts;
import static app.commonground.BrowserTest.type;
import static app.commonground.BrowserTest.waitIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production topology without containers: one PostgreSQL server, two app servers (each its own JVM with
 * the production profile) on different ports, and a browser on each. This test's own Spring context only
 * creates the people, through the services, in the same database.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OnceMoreIfABrowserDies.class)
class TwoServersOnPostgresTest implements OnceMoreIfABrowserDies.FreshBrowsers {

    private static final int LAST = Integer.MAX_VALUE;

    private static AppServer one;
    private static AppServer two;

    @Autowired
    TestPeople people;
    @Autowired
    BoardService board;
    @Autowired
    DataSourceProperties database;

    private final List<WebDriver> browsers = new ArrayList<>();
    private TestPeople.Couple couple;
    private WebDriver alex;
    private WebDriver sam;

    @BeforeEach
    void alexOnServerOneAndSamOnServerTwo() throws IOException, InterruptedException {
        if (one == null) {
            one = AppServer.launch("server-1", database.determineUrl());
            two = AppServer.launch("server-2", database.determineUrl());
            one.awaitReady();
            two.awaitReady();
        }
        couple = people.newCouple();
        alex = browser();
        showSpace(alex, one.url(), couple.first(), couple.spaceId());
        sam = browser();
        showSpace(sam, two.url(), couple.second(), couple.spaceId());
        markVisit(alex);
        markVisit(sam);
    }

    @AfterEach
    void closeBrowsers() {
        BrowserTest.quitAll(browsers);
    }

    @Override
    public void openFreshBrowsers() throws IOException, InterruptedException {
        closeBrowsers();
        alexOnServerOneAndSamOnServerTwo();
    }

    @AfterAll
    static void stopServers() throws InterruptedException {
        for (AppServer server : new AppServer[] {one, two}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void partners_on_different_servers_see_each_other_present_and_editing() {
        for (WebDriver browser : List.of(alex, sam)) {
            waitIn(browser).until(b -> texts(b, ".cg-presence-name").equals(List.of("Alex", "Sam")));
        }
        people.as(couple.first(), () -> board.add(couple.spaceId(), Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Learn to sail")));
        waitIn(sam).until(b -> texts(b, ".cg-item-title").contains("Learn to sail"));

        click(alex, By.xpath("//div[@data-title='Learn to sail']//vaadin-button[normalize-space()='Edit']"));
        waitIn(sam).until(b -> texts(b, ".cg-item-editing").stream().anyMatch(t -> t.contains("Alex is editing")));

        alex.get("about:blank");
        waitIn(sam).until(b -> texts(b, ".cg-presence-name").equals(List.of("Sam")));
        assertThat(sameVisit(sam)).isTrue();
    }

    @Test
    void an_item_added_through_one_server_appears_on_the_other_servers_screen_and_the_reverse() {
        click(alex, By.cssSelector("vaadin-button[aria-label='Add to Us']"));
        type(alex, "item-title", "Sunday pancakes");
        click(alex, "item-save");
        waitIn(sam).until(b -> texts(b, ".cg-item-title").contains("Sunday pancakes"));

        click(sam, By.cssSelector("vaadin-button[aria-label='Add to Me']"));
        type(sam, "item-title", "Pottery class");
        click(sam, "item-save");
        waitIn(alex).until(b -> texts(b, ".cg-item-title").contains("Pottery class"));

        assertThat(sameVisit(alex)).isTrue();
        assertThat(sameVisit(sam)).isTrue();
    }

    @Test
    @Order(LAST)
    void when_a_server_stops_its_people_carry_on_through_the_other_one_still_signed_in() throws InterruptedException {
        waitIn(alex).until(b -> texts(b, ".cg-presence-name").equals(List.of("Alex", "Sam")));

        two.close();

        waitIn(alex).until(b -> texts(b, ".cg-presence-name").equals(List.of("Alex")));
        // what the load balancer does with Sam's next request: send it to a server that is up
        sam.get(one.url() + "spaces/" + couple.spaceId());
        waitIn(sam).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cg-board")));
        waitIn(alex).until(b -> texts(b, ".cg-presence-name").equals(List.of("Alex", "Sam")));
        assertThat(sameVisit(alex)).isTrue();
    }

    @Test
    void a_change_made_elsewhere_is_read_once_by_the_other_server_however_many_parts_it_touched()
            throws IOException, InterruptedException {
        double before = two.metric("commonground.live.reads");

        people.as(couple.first(), () -> board.add(couple.spaceId(), Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Read once")));

        waitIn(sam).until(b -> texts(b, ".cg-item-title").contains("Read once")
                && texts(b, ".cg-activity-text").stream().anyMatch(line -> line.contains("Read once")));
        assertThat(two.metric("commonground.live.reads") - before).isEqualTo(1);
    }

    @Test
    void prints_how_long_a_change_takes_from_a_save_on_server_one_to_a_screen_on_server_two() {
        people.as(couple.first(), () -> board.add(couple.spaceId(), Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Across 0")));
        waitIn(alex).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-title='Across 0']")));

        SaveToScreenClock clock = new SaveToScreenClock(alex, sam).measure("Across", 3, 20);

        assertThat(texts(sam, ".cg-item-title")).contains("Across 23").doesNotContain("Across 22");
        System.out.printf("%nFrom a save on server 1 to the screen of server 2 (PostgreSQL LISTEN/NOTIFY, "
                + "everything on one machine): %s%n%n", clock.summary());
    }

    private WebDriver browser() {
        WebDriver browser = BrowserTest.chromium();
        browsers.add(browser);
        return browser;
    }
}
