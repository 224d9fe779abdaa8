package app.commonground.board;

import app.commonground.InEnglish;
import app.commonground.activity.ui.ActivityText;

import app.commonground.AtOnce;
import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.activity.ActivityEntry;
import app.commonground.activity.ActivityLog;
import app.commonground.base.InvalidInputException;
import app.commonground.board.BoardService.Direction;
import app.commonground.board.BoardService.Placement;
import app.commonground.space.ReadOnlyAccessException;
import app.commonground.space.SpaceNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class BoardServiceTest {

    @Autowired
    BoardService board;
    @Autowired
    ActivityLog activity;
    @Autowired
    TestPeople people;
    @Autowired
    JdbcClient jdbc;

    TestPeople.Couple couple;
    TestPeople.Person alex;
    TestPeople.Person sam;
    TestPeople.Person rivera;

    @BeforeEach
    void aCoupleWithACounsellor() {
        couple = people.newCouple();
        alex = couple.first();
        sam = couple.second();
        rivera = couple.counsellor();
    }

    @Test
    void a_partner_sees_me_us_and_the_other_partner_by_name() {
        ItemView run = add(alex, Placement.MINE, "Run a half marathon");
        ItemView japan = add(sam, Placement.SHARED, "Save for Japan");

        BoardSnapshot alexSees = people.as(alex, () -> board.board(couple.spaceId()));
        assertThat(alexSees.columns()).extracting(BoardColumn::ownerId, BoardColumn::addable)
                .containsExactly(tuple(alex.id(), true), tuple(null, true), tuple(sam.id(), false));
        assertThat(alexSees.columns().get(2).ownerName()).isEqualTo("Sam");
        assertThat(titles(alexSees.columns().get(0))).containsExactly("Run a half marathon");
        assertThat(titles(alexSees.columns().get(1))).containsExactly("Save for Japan");

        BoardSnapshot samSees = people.as(sam, () -> board.board(couple.spaceId()));
        assertThat(samSees.columns()).extracting(BoardColumn::ownerId, BoardColumn::addable)
                .containsExactly(tuple(sam.id(), true), tuple(null, true), tuple(alex.id(), false));
        assertThat(samSees.columns().get(2).ownerName()).isEqualTo("Alex");
        assertThat(titles(samSees.columns().get(2))).containsExactly("Run a half marathon");
        assertThat(samSees.item(run.id()).orElseThrow().changeable()).isFalse();
        assertThat(samSees.item(japan.id()).orElseThrow().changeable()).isTrue();
    }

    @Test
    void an_item_kept_from_the_counsellor_is_shown_to_them_again_only_by_the_partner_who_kept_it() {
        String title = "Alex's therapy homework, kept from Rivera";
        UUID kept = people.as(alex, () -> board.add(couple.spaceId(), Placement.MINE,
                ItemDraft.idea(ItemKind.GOAL, title), true)).id();
        people.as(alex, () -> board.moveToShared(kept));
        people.as(sam, () -> board.moveToMine(kept));

        assertThat(people.as(sam, () -> board.item(kept)).viewerMayShow()).isFalse();
        assertThatThrownBy(() -> people.as(sam, () -> board.hideFromCounsellor(kept, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(people.as(rivera, () -> board.board(couple.spaceId())).toString()).doesNotContain(title);

        people.as(sam, () -> board.moveToShared(kept));
        people.as(alex, () -> board.moveToMine(kept));
        assertThat(people.as(alex, () -> board.item(kept)).viewerMayShow()).isTrue();
        people.as(alex, () -> board.hideFromCounsellor(kept, false));
        assertThat(people.as(rivera, () -> board.item(kept)).title()).isEqualTo(title);
    }

    @Test
    void a_title_made_only_of_no_break_and_zero_width_spaces_is_refused_as_empty_and_nothing_is_added() {
        int before = people.as(alex, () -> board.board(couple.spaceId())).columns().getFirst().items().size();

        assertThatThrownBy(() -> add(alex, Placement.MINE, "\u00a0\u200b \u200d\u2007\ufeff"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems()).containsOnlyKeys("title"));
        assertThat(people.as(alex, () -> board.board(couple.spaceId())).columns().getFirst().items()).hasSize(before);
    }

    @Test
    void a_counsellor_sees_both_partners_by_name_around_the_shared_column_and_can_change_nothing() {
        add(alex, Placement.MINE, "Run a half marathon");

        BoardSnapshot riveraSees = people.as(rivera, () -> board.board(couple.spaceId()));

        assertThat(riveraSees.columns()).extracting(BoardColumn::ownerName).containsExactly("Alex", null, "Sam");
        assertThat(riveraSees.columns()).noneMatch(BoardColumn::addable);
        assertThat(riveraSees.columns().getFirst().items()).noneMatch(ItemView::changeable);
    }

    @Test
    void every_change_by_a_counsellor_is_refused_by_the_service() {
        ItemView shared = add(alex, Placement.SHARED, "Save for Japan");
        UUID id = shared.id();

        List<Runnable> changes = List.of(
                () -> board.add(couple.spaceId(), Placement.SHARED, ItemDraft.idea(ItemKind.GOAL, "Sneaky")),
                () -> board.update(id, shared.revision(), shared.draft().withStatus(ItemStatus.PAUSED)),
                () -> board.setStatus(id, shared.revision(), ItemStatus.ACHIEVED),
                () -> board.moveToMine(id),
                () -> board.reorder(id, Direction.DOWN),
                () -> board.archive(id),
                () -> board.restore(id));
        for (Runnable change : changes) {
            assertThatThrownBy(() -> people.as(rivera, change)).isInstanceOf(ReadOnlyAccessException.class);
        }
        assertThat(people.as(alex, () -> board.item(id))).isEqualTo(shared);
        assertThat(people.as(alex, () -> board.item(id)).revision()).isEqualTo(shared.revision());
    }

    @Test
    void a_partner_cannot_edit_move_or_archive_the_other_partners_own_items() {
        ItemView alexs = add(alex, Placement.MINE, "Run a half marathon");

        List<Runnable> changes = List.of(
                () -> board.update(alexs.id(), alexs.revision(), ItemDraft.idea(ItemKind.GOAL, "Mine now")),
                () -> board.moveToShared(alexs.id()),
                () -> board.reorder(alexs.id(), Direction.UP),
                () -> board.archive(alexs.id()));
        for (Runnable change : changes) {
            assertThatThrownBy(() -> people.as(sam, change))
                    .isInstanceOf(NotYourItemException.class)
                    .satisfies(refused -> assertThat(InEnglish.said(refused)).isEqualTo("Only Alex can change Alex's own goals and hobbies"));
        }
        assertThat(people.as(alex, () -> board.item(alexs.id())).title()).isEqualTo("Run a half marathon");
    }

    @Test
    void either_partner_may_edit_a_shared_item() {
        ItemView shared = add(alex, Placement.SHARED, "Save for Japan");

        ItemView edited = people.as(sam, () -> board.update(shared.id(), shared.revision(),
                new ItemDraft(ItemKind.GOAL, "Save for Japan and Korea", "200 a month each", ItemStatus.ACTIVE, null, null)));

        assertThat(edited.title()).isEqualTo("Save for Japan and Korea");
        assertThat(edited.updatedByName()).isEqualTo("Sam");
        assertThat(edited.revision()).isEqualTo(shared.revision() + 1);
    }

    @Test
    void a_stranger_finds_neither_the_board_nor_its_items() {
        ItemView item = add(alex, Placement.MINE, "Run a half marathon");
        var stranger = people.newPerson("Stranger");

        assertThatThrownBy(() -> people.as(stranger, () -> board.board(couple.spaceId())))
                .isInstanceOf(SpaceNotFoundException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> board.item(item.id())))
                .isInstanceOf(SpaceNotFoundException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> board.archive(item.id())))
                .isInstanceOf(SpaceNotFoundException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> board.item(UUID.randomUUID())))
                .isInstanceOf(ItemNotFoundException.class);
    }

    @Test
    void when_two_people_save_the_same_item_from_the_same_revision_exactly_one_wins_and_nothing_is_lost() {
        ItemView shared = add(alex, Placement.SHARED, "Save for Japan");
        ItemDraft alexText = new ItemDraft(ItemKind.GOAL, "Save for Japan", "Alex: 150 a month", ItemStatus.ACTIVE, null, null);
        ItemDraft samText = new ItemDraft(ItemKind.GOAL, "Save for Japan", "Sam: 250 a month", ItemStatus.ACTIVE, null, null);

        people.as(alex, () -> board.update(shared.id(), shared.revision(), alexText));
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(EditConflictException.class,
                () -> people.as(sam, () -> board.update(shared.id(), shared.revision(), samText)));

        assertThat(refused.current().notes()).isEqualTo("Alex: 150 a month");
        assertThat(refused.current().updatedByName()).isEqualTo("Alex");
        assertThat(people.as(sam, () -> board.item(shared.id())).notes()).isEqualTo("Alex: 150 a month");
        ItemView merged = people.as(sam, () -> board.update(shared.id(), refused.current().revision(),
                samText.withStatus(ItemStatus.ACTIVE)));
        assertThat(merged.notes()).isEqualTo("Sam: 250 a month");
    }

    @Test
    void an_edit_that_loses_the_race_at_commit_to_a_move_of_the_same_item_is_tried_again_and_lands() throws Exception {
        ItemView japan = add(alex, Placement.SHARED, "Save for Japan");
        add(sam, Placement.SHARED, "Learn Japanese");
        int rounds = 40;
        AtomicInteger movesRefused = new AtomicInteger();

        for (int round = 1; round <= rounds; round++) {
            int number = round;
            Direction direction = round % 2 == 1 ? Direction.DOWN : Direction.UP;
            int revision = people.as(alex, () -> board.item(japan.id())).revision();
            AtOnce.run(
                    () -> people.as(alex, () -> board.update(japan.id(), revision,
                            ItemDraft.idea(ItemKind.GOAL, "Save for Japan, edit " + number))),
                    () -> {
                        try {
                            people.as(sam, () -> board.reorder(japan.id(), direction));
                        } catch (EditConflictException lostTwice) {
                            movesRefused.incrementAndGet();
                        }
                    });
        }

        assertThat(people.as(alex, () -> board.item(japan.id()))).extracting(ItemView::title, ItemView::revision)
                .containsExactly("Save for Japan, edit " + rounds, japan.revision() + rounds);
        assertThat(movesRefused.get()).as("moves refused after losing twice").isLessThan(rounds);
    }

    @Test
    void two_partners_making_five_hundred_edits_each_to_their_own_items_at_the_same_time_lose_nothing() throws Exception {
        ItemView alexs = add(alex, Placement.MINE, "Alex's item");
        ItemView sams = add(sam, Placement.MINE, "Sam's item");

        Thread alexEdits = new Thread(() -> editRepeatedly(alex, alexs.id(), 500));
        Thread samEdits = new Thread(() -> editRepeatedly(sam, sams.id(), 500));
        alexEdits.start();
        samEdits.start();
        alexEdits.join();
        samEdits.join();

        assertThat(people.as(alex, () -> board.item(alexs.id()))).extracting(ItemView::title, ItemView::revision)
                .containsExactly("Alex's item, edit 500", alexs.revision() + 500);
        assertThat(people.as(sam, () -> board.item(sams.id()))).extracting(ItemView::title, ItemView::revision)
                .containsExactly("Sam's item, edit 500", sams.revision() + 500);
        Integer updates = jdbc.sql("select count(*) from activity where space_id = :space and kind = 'ITEM_UPDATED'")
                .param("space", couple.spaceId()).query(Integer.class).single();
        assertThat(updates).isEqualTo(1000);
    }

    @Test
    void an_empty_a_huge_and_a_control_character_title_are_each_refused_and_nothing_is_saved() {
        List<String> badTitles = List.of("   ", "x".repeat(10_000), "Ring\u0000the bell", "Pay \u202Eyrros\u202C back");
        List<String> messages = List.of("Please give it a title", "Please keep the title to 120 characters",
                "This text holds invisible control characters: please type it again", "This text holds invisible control characters: please type it again");

        for (int i = 0; i < badTitles.size(); i++) {
            String title = badTitles.get(i);
            assertThatThrownBy(() -> add(alex, Placement.MINE, title))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems()).containsOnlyKeys("title"));
            String expected = messages.get(i);
            assertThatThrownBy(() -> add(alex, Placement.MINE, title))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(InEnglish.problems(e).get("title")).isEqualTo(expected));
        }
        assertThat(people.as(alex, () -> board.board(couple.spaceId())).columns())
                .allMatch(column -> column.items().isEmpty());
        assertThat(people.as(alex, () -> activity.newest(couple.spaceId(), 1)).entries())
                .extracting(ActivityText::sentence).noneMatch(description -> description.startsWith("added"));
    }

    @Test
    void an_edit_with_bad_notes_changes_nothing_at_all() {
        ItemView item = add(alex, Placement.MINE, "Run a half marathon");

        assertThatThrownBy(() -> people.as(alex, () -> board.update(item.id(), item.revision(),
                new ItemDraft(ItemKind.GOAL, "A new title", "n".repeat(2001), ItemStatus.ACTIVE, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("notes"));
        assertThat(people.as(alex, () -> board.item(item.id()))).isEqualTo(item);
    }

    @Test
    void archived_items_leave_their_column_and_come_back_at_its_end_when_restored() {
        ItemView first = add(alex, Placement.MINE, "First");
        add(alex, Placement.MINE, "Second");

        people.as(alex, () -> board.archive(first.id()));
        BoardSnapshot archived = people.as(alex, () -> board.board(couple.spaceId()));
        assertThat(titles(archived.columns().getFirst())).containsExactly("Second");
        assertThat(archived.archived()).extracting(ItemView::title).containsExactly("First");

        people.as(alex, () -> board.restore(first.id()));
        BoardSnapshot restored = people.as(alex, () -> board.board(couple.spaceId()));
        assertThat(titles(restored.columns().getFirst())).containsExactly("Second", "First");
        assertThat(restored.archived()).isEmpty();
    }

    @Test
    void reordering_keeps_an_open_edit_valid_because_the_content_did_not_change() {
        ItemView first = add(alex, Placement.MINE, "First");
        ItemView second = add(alex, Placement.MINE, "Second");

        people.as(alex, () -> board.reorder(second.id(), Direction.UP));

        assertThat(titles(people.as(alex, () -> board.board(couple.spaceId())).columns().getFirst()))
                .containsExactly("Second", "First");
        ItemView saved = people.as(alex, () -> board.update(first.id(), first.revision(),
                ItemDraft.idea(ItemKind.GOAL, "First, renamed")));
        assertThat(saved.title()).isEqualTo("First, renamed");
    }

    @Test
    void an_own_item_moves_to_us_and_a_shared_item_moves_into_ones_own_column() {
        ItemView item = add(sam, Placement.MINE, "Learn to sail");

        people.as(sam, () -> board.moveToShared(item.id()));
        assertThat(people.as(alex, () -> board.item(item.id())).shared()).isTrue();

        people.as(alex, () -> board.moveToMine(item.id()));
        ItemView now = people.as(alex, () -> board.item(item.id()));
        assertThat(now.ownerName()).isEqualTo("Alex");
        assertThat(now.changeable()).isTrue();
    }

    @Test
    void marking_an_item_achieved_stamps_the_day_and_leaving_achieved_clears_it() {
        ItemView item = add(alex, Placement.MINE, "Run a half marathon");

        ItemView achieved = people.as(alex, () -> board.setStatus(item.id(), item.revision(), ItemStatus.ACHIEVED));
        assertThat(achieved.achievedAt()).isNotNull();

        ItemView paused = people.as(alex, () -> board.setStatus(item.id(), achieved.revision(), ItemStatus.PAUSED));
        assertThat(paused.achievedAt()).isNull();
    }

    @Test
    void the_activity_feed_says_who_did_what_newest_first_a_page_at_a_time() {
        ItemView item = add(alex, Placement.MINE, "Run a half marathon");
        people.as(alex, () -> board.setStatus(item.id(), item.revision(), ItemStatus.ACHIEVED));
        for (int i = 0; i < ActivityLog.PAGE_SIZE; i++) {
            add(sam, Placement.SHARED, "Shared " + i);
        }

        var firstPage = people.as(rivera, () -> activity.newest(couple.spaceId(), 1));
        assertThat(firstPage.entries()).hasSize(ActivityLog.PAGE_SIZE);
        assertThat(firstPage.entries().getFirst().actorName()).isEqualTo("Sam");
        assertThat(ActivityText.sentence(firstPage.entries().getFirst())).isEqualTo("added the shared goal “Shared 14”");
        assertThat(firstPage.hasOlder()).isTrue();

        var twoPages = people.as(rivera, () -> activity.newest(couple.spaceId(), 2));
        assertThat(twoPages.entries()).extracting(ActivityText::sentence).containsSubsequence(
                "marked the goal “Run a half marathon” achieved", "added the goal “Run a half marathon”",
                "joined the space");
        assertThat(twoPages.hasOlder()).isFalse();
    }

    private ItemView add(TestPeople.Person who, Placement placement, String title) {
        return people.as(who, () -> board.add(couple.spaceId(), placement, ItemDraft.idea(ItemKind.GOAL, title)));
    }

    private void editRepeatedly(TestPeople.Person who, UUID itemId, int times) {
        people.as(who, () -> {
            ItemView current = board.item(itemId);
            String base = current.title();
            for (int i = 1; i <= times; i++) {
                current = board.update(itemId, current.revision(), ItemDraft.idea(ItemKind.GOAL, base + ", edit " + i));
            }
        });
    }

    private static List<String> titles(BoardColumn column) {
        return column.items().stream().map(ItemView::title).toList();
    }
}
