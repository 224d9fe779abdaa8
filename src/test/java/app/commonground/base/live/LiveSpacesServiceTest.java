package app.commonground.base.live;

import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.board.Board;
import app.commonground.board.BoardItemState;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemView;
import app.commonground.board.Presence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.shared.Registration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A server's model of a space: changed by this server's commands without a read, and loaded again whole when it
 * may have missed something: a revision that never arrives, or a lost link to the other servers.
 */
@IntegrationTest
class LiveSpacesServiceTest {

    @Autowired
    TestPeople people;
    @Autowired
    BoardService board;
    @Autowired
    LiveSpaces live;
    @Autowired
    SpaceBroadcaster broadcaster;
    @Autowired
    JdbcClient jdbc;

    TestPeople.Couple couple;
    ItemView goal;
    final AtomicReference<SpaceModel> shown = new AtomicReference<>();
    LiveSpaces.Watch watch;

    @BeforeEach
    void aScreenHasTheSpaceOpen() {
        couple = people.newCouple();
        goal = people.as(couple.first(), () -> board.add(couple.spaceId(), Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Walk the coast path")));
        watch = live.watch(couple.spaceId(), shown::set);
        shown.set(watch.model());
    }

    @AfterEach
    void theScreenCloses() {
        watch.remove();
    }

    @Test
    void a_change_made_on_this_server_reaches_the_model_without_a_read() {
        long reads = live.reads();

        people.as(couple.first(), () -> board.update(goal.id(), goal.revision(), new ItemDraft(ItemKind.GOAL, "Walk it twice", null, goal.status(), null, null)));

        assertThat(title(shown.get())).isEqualTo("Walk it twice");
        assertThat(live.reads()).isEqualTo(reads);
    }

    @Test
    void a_revision_that_never_arrives_makes_the_server_load_the_space_again() {
        long revision = shown.get().revision();
        missAChange("Missed title");

        broadcaster.broadcast(new ModelChanged(couple.spaceId(), "another server", revision + 2, revision + 2,
                List.of(new ModelChanged.Touched(Presence.class.getName(), null))));

        await().atMost(LiveSpaces.GAP_GRACE.plus(Duration.ofSeconds(30)))
                .until(() -> title(shown.get()).equals("Missed title"));
        assertThat(shown.get().revision()).isEqualTo(revision + 2);
    }

    @Test
    void a_lost_link_to_the_other_servers_makes_the_server_load_the_space_again() {
        missAChange("Missed while the link was down");

        broadcaster.broadcast(new UpdatesMayBeMissed(couple.spaceId()));

        await().atMost(Duration.ofSeconds(30)).until(() -> title(shown.get()).equals("Missed while the link was down"));
    }

    @Test
    void a_followed_space_no_screen_has_open_loads_no_model_and_its_follower_hears_of_changes_here_and_elsewhere() {
        TestPeople.Couple followed = people.newCouple();
        ItemView theirs = people.as(followed.first(), () -> board.add(followed.spaceId(), Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Learn to sail")));
        List<UUID> heard = new CopyOnWriteArrayList<>();
        long reads = live.reads();
        int models = live.openSpaces();
        Registration following = live.follow(List.of(followed.spaceId()), heard::add);
        try {
            people.as(followed.first(), () -> board.update(theirs.id(), theirs.revision(),
                    new ItemDraft(ItemKind.GOAL, "Learn to sail a dinghy", null, theirs.status(), null, null)));
            await().atMost(Duration.ofSeconds(30)).until(() -> heard.size() == 1);
            broadcaster.broadcast(new ModelChanged(followed.spaceId(), "another server", 0, 0,
                    List.of(new ModelChanged.Touched(Presence.class.getName(), null))));
            await().atMost(Duration.ofSeconds(30)).until(() -> heard.size() == 2);

            assertThat(heard).containsOnly(followed.spaceId());
            assertThat(live.openSpaces()).isEqualTo(models);
            assertThat(live.reads()).as("nothing read for a space only followed").isEqualTo(reads);
        } finally {
            following.remove();
        }
    }

    @Test
    void a_model_goes_when_the_last_screen_closes_even_while_the_space_is_followed() {
        int withTheScreen = live.openSpaces();
        Registration following = live.follow(List.of(couple.spaceId()), spaceId -> { });
        try {
            watch.remove();

            assertThat(live.openSpaces()).isEqualTo(withTheScreen - 1);
        } finally {
            following.remove();
        }
    }

    /** A change this server never hears of: made in the database by someone else, with its revision counted. */
    private void missAChange(String title) {
        jdbc.sql("update board_item set title = ?, version = version + 1 where id = ?").params(title, goal.id()).update();
        jdbc.sql("update space set revision = revision + 2 where id = ?").param(couple.spaceId()).update();
    }

    private String title(SpaceModel model) {
        BoardItemState item = model.get(Board.class).items().get(goal.id());
        return item.title();
    }
}
