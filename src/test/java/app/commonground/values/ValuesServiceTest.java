package app.commonground.values;

import app.commonground.AtOnce;
import app.commonground.IntegrationTest;
import app.commonground.SpaceEvents;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Person;
import app.commonground.activity.ActivityKind;
import app.commonground.activity.ActivityLog;
import app.commonground.activity.ui.ActivityText;
import app.commonground.base.GoneException;
import app.commonground.base.InvalidInputException;
import app.commonground.base.live.LiveSpaces;
import app.commonground.base.live.SpaceModel;
import app.commonground.board.BoardService;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.CheckinViews;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.negotiation.MirrorStatus;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationViews;
import app.commonground.space.ReadOnlyAccessException;
import app.commonground.values.ValuesViews.BoundaryView;
import app.commonground.values.ui.ValuesText;
import app.commonground.values.ValuesViews.MyDraft;
import app.commonground.values.ValuesViews.ValuesPage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import(SpaceEvents.class)
class ValuesServiceTest {

    static final String DRAFT = "alex-draft-boundary-9KQ";
    static final String VALUE = "Alexsecretvalue";

    @Autowired
    ValuesService service;
    @Autowired
    TestPeople people;
    @Autowired
    ActivityLog activity;
    @Autowired
    NegotiationService negotiations;
    @Autowired
    BoardService board;
    @Autowired
    LiveSpaces live;
    @Autowired
    SpaceEvents recorder;
    @Autowired
    CheckinService checkins;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    TestPeople.Couple couple;
    Person alex;
    Person sam;
    Person rivera;

    @BeforeEach
    void aCoupleWithTheirCounsellor() {
        couple = people.newCouple();
        alex = couple.first();
        sam = couple.second();
        rivera = couple.counsellor();
    }

    @Test
    void drafts_and_self_checks_reach_nobody_else_not_in_reads_activity_pushes_or_the_shared_model() {
        int eventsBefore = recorder.events.size();
        people.as(alex, () -> service.writeBoundary(couple.spaceId(), draft(DRAFT, true), false));
        people.as(alex, () -> service.selfCheck(couple.spaceId(), BoundaryKind.TIME, Feeling.TOO_LOOSE));
        people.as(alex, () -> service.chooseValues(couple.spaceId(), List.of(VALUE, "Honesty"), true));

        assertThat(people.as(alex, () -> service.myDrafts(couple.spaceId()))).extracting(MyDraft::text).containsExactly(DRAFT);
        assertThat(people.as(alex, () -> service.mySelfCheck(couple.spaceId())).feelings())
                .isEqualTo(Map.of(BoundaryKind.TIME, Feeling.TOO_LOOSE));
        for (Person other : List.of(sam, rivera)) {
            assertThat(people.as(other, () -> service.page(couple.spaceId())).toString()).doesNotContain(DRAFT, VALUE);
            assertThat(people.as(other, () -> service.myDrafts(couple.spaceId()))).isEmpty();
            assertThat(people.as(other, () -> service.mySelfCheck(couple.spaceId())).feelings()).isEmpty();
            assertThat(people.as(other, () -> service.myPick(couple.spaceId())).values()).isEmpty();
            assertThat(people.as(other, () -> activity.newest(couple.spaceId(), 3)).toString()).doesNotContain(DRAFT, VALUE);
        }
        assertThat(recorder.events.subList(eventsBefore, recorder.events.size()).toString()).doesNotContain(DRAFT, VALUE);
        assertThat(live.readAfresh(couple.spaceId()).toString()).doesNotContain(DRAFT, VALUE, "TOO_LOOSE");
        UUID draftId = people.as(alex, () -> service.myDrafts(couple.spaceId())).getFirst().id();
        assertThatThrownBy(() -> people.as(sam, () -> service.publishBoundary(draftId))).isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> people.as(sam, () -> service.restateBoundary(draftId, 0, "Guess"))).isInstanceOf(GoneException.class);
    }

    @Test
    void a_published_boundary_is_acknowledged_by_restating_it_including_not_quite_and_only_its_author_changes_it() {
        MyDraft written = people.as(alex, () -> service.writeBoundary(couple.spaceId(),
                draft("If a discussion turns into shouting, I will step out for ten minutes", true), true));
        BoundaryView seen = boundaryAs(sam);
        assertThat(seen.viewerRestates()).isTrue();
        assertThat(seen.authorName()).isEqualTo("Alex");

        people.as(sam, () -> service.restateBoundary(written.id(), revisionOf(written.id()), "You'll leave when I shout"));
        assertThat(boundaryAs(alex).viewerAnswers()).isTrue();
        people.as(alex, () -> service.answerRestatement(written.id(), false, "Not leave: pause, and come back"));
        assertThat(boundaryAs(sam).status()).isEqualTo(MirrorStatus.CORRECTED);
        assertThat(boundaryAs(sam).correction()).isEqualTo("Not leave: pause, and come back");
        people.as(sam, () -> service.restateBoundary(written.id(), revisionOf(written.id()), "You'll pause for ten minutes and come back"));
        people.as(alex, () -> service.answerRestatement(written.id(), true, null));
        assertThat(boundaryAs(rivera).status()).isEqualTo(MirrorStatus.CONFIRMED);

        assertThatThrownBy(() -> people.as(sam, () -> service.changeBoundary(written.id(), written.revision(),
                draft("Sam's version", true)))).isInstanceOf(ValuesStepException.class);
        assertThatThrownBy(() -> people.as(sam, () -> service.withdrawBoundary(written.id())))
                .isInstanceOf(ValuesStepException.class);
        assertThatThrownBy(() -> people.as(alex, () -> service.restateBoundary(written.id(), revisionOf(written.id()), "Myself")))
                .isInstanceOf(ValuesStepException.class);
        assertThat(boundaryAs(alex).text()).startsWith("If a discussion turns into shouting");

        int read = revisionOf(written.id());
        people.as(alex, () -> service.changeBoundary(written.id(), written.revision(), draft("If we shout, I pause", true)));
        assertThat(boundaryAs(sam).status()).as("a change asks for a new acknowledgement").isEqualTo(MirrorStatus.WRITING);
        assertThatThrownBy(() -> people.as(sam, () -> service.restateBoundary(written.id(), read, "The old words")))
                .as("a restatement of the words before the change").isInstanceOf(ValuesStepException.class);
        assertThatThrownBy(() -> people.as(alex, () -> service.changeBoundary(written.id(), written.revision(),
                draft("A stale window", true)))).isInstanceOf(ValuesStepException.class);

        UUID negotiation = people.as(sam, () -> service.talkAbout(written.id(), ValuesText::talkTitle));
        assertThat(people.as(sam, () -> negotiations.negotiation(negotiation)).title()).startsWith("About a time boundary, ");
        assertThat(boundaryAs(alex).negotiationId()).isEqualTo(negotiation);
        assertThat(sentences(alex)).contains("shared a boundary about time", "asked Sam for another try: “not quite”",
                "confirmed: “yes, you got it” to Sam", "changed their boundary about time");

        people.as(alex, () -> service.withdrawBoundary(written.id()));
        assertThat(people.as(sam, () -> service.page(couple.spaceId())).boundaries()).isEmpty();
    }

    @Test
    void a_negotiation_about_a_boundary_is_named_by_its_kind_and_day_never_by_words_kept_from_the_counsellor() {
        String words = "Kept from Rivera: my Sunday mornings are mine";
        UUID time = people.as(alex, () -> service.writeBoundary(couple.spaceId(), draft(words, false), true)).id();
        UUID money = people.as(alex, () -> service.writeBoundary(couple.spaceId(), new BoundaryDraft(
                BoundaryKind.MATERIAL, "I keep my own savings", true, null), true)).id();
        Set<String> days = new HashSet<>(Set.of(day()));

        people.as(sam, () -> service.talkAbout(time, ValuesText::talkTitle));
        people.as(sam, () -> service.talkAbout(money, ValuesText::talkTitle));
        days.add(day());

        List<String> titles = people.as(sam, () -> negotiations.list(couple.spaceId())).stream()
                .map(NegotiationViews.Summary::title).toList();
        assertThat(titles).hasSize(2).allSatisfy(title -> assertThat(days).anySatisfy(day -> assertThat(title).endsWith(", " + day)));
        assertThat(titles).anySatisfy(title -> assertThat(title).startsWith("About a time boundary, "))
                .anySatisfy(title -> assertThat(title).startsWith("About a boundary on money and things, "));
        assertThat(people.as(rivera, () -> negotiations.list(couple.spaceId())).toString()).doesNotContain(words);
        assertThat(people.as(rivera, () -> activity.newest(couple.spaceId(), 3)).toString()).doesNotContain(words);
    }

    /** Today in UTC as a negotiation's title names it where no screen is at hand (British English): "7 Dec". */
    private String day() {
        return LocalDate.now(clock).format(DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(Locale.UK));
    }

    @Test
    void the_counsellor_sees_only_what_its_author_shared_and_changes_nothing() {
        people.as(alex, () -> service.writeBoundary(couple.spaceId(), draft("Shared with Rivera", true), true));
        UUID kept = people.as(sam, () -> service.writeBoundary(couple.spaceId(), draft("Kept from Rivera", false), true)).id();
        people.as(alex, () -> service.chooseValues(couple.spaceId(), List.of("Honesty", "Adventure"), true));
        people.as(sam, () -> service.chooseValues(couple.spaceId(), List.of("Family", "Honesty"), false));
        people.as(alex, () -> service.valuesReady(couple.spaceId(), true));
        people.as(sam, () -> service.valuesReady(couple.spaceId(), true));
        people.as(alex, () -> service.proposeValue(couple.spaceId(), new SharedValueDraft("Honesty", "We say it as it is",
                List.of(), null, false)));

        ValuesPage seen = people.as(rivera, () -> service.page(couple.spaceId()));
        var riverasFeed = people.as(rivera, () -> activity.newest(couple.spaceId(), 3)).entries();
        assertThat(riverasFeed).noneMatch(line -> kept.equals(line.what().subjectId()));
        assertThat(riverasFeed).anyMatch(line -> line.kind() == ActivityKind.BOUNDARY_PUBLISHED);
        assertThat(riverasFeed).noneMatch(line -> line.kind() == ActivityKind.SHARED_VALUE_PROPOSED);
        people.as(sam, () -> service.withdrawBoundary(kept));
        assertThat(people.as(rivera, () -> activity.newest(couple.spaceId(), 3)).entries())
                .as("not even once the boundary is gone")
                .noneMatch(line -> kept.equals(line.what().subjectId()));
        assertThat(seen.boundaries()).extracting(BoundaryView::text).containsExactly("Shared with Rivera");
        assertThat(seen.values().sides()).extracting(ValuesViews.PickSide::values)
                .containsExactly(List.of("Honesty", "Adventure"), List.of());
        assertThat(seen.values().inCommon()).isEmpty();
        assertThat(seen.shared()).isEmpty();
        assertThat(people.as(sam, () -> service.page(couple.spaceId())).values().inCommon()).containsExactly("Honesty");

        UUID boundary = seen.boundaries().getFirst().id();
        for (Runnable step : List.<Runnable>of(
                () -> service.writeBoundary(couple.spaceId(), draft("Rivera's", true), true),
                () -> service.restateBoundary(boundary, 0, "Rivera restates"),
                () -> service.selfCheck(couple.spaceId(), BoundaryKind.TIME, Feeling.HEALTHY),
                () -> service.chooseValues(couple.spaceId(), List.of("Calm"), false),
                () -> service.proposeValue(couple.spaceId(), new SharedValueDraft("Calm", "Quiet", List.of(), null, true)))) {
            assertThatThrownBy(() -> people.as(rivera, step)).isInstanceOf(ReadOnlyAccessException.class);
        }
        Person stranger = people.newPerson("Stranger");
        assertThatThrownBy(() -> people.as(stranger, () -> service.page(couple.spaceId()))).isInstanceOf(GoneException.class);
        assertThatThrownBy(() -> people.as(stranger, () -> service.restateBoundary(boundary, 0, "x"))).isInstanceOf(GoneException.class);
    }

    @Test
    void core_values_are_revealed_only_when_both_are_ready_also_when_both_finish_at_the_same_instant() throws Exception {
        people.as(alex, () -> service.chooseValues(couple.spaceId(), List.of("Honesty", "Adventure", "Family"), false));
        people.as(alex, () -> service.valuesReady(couple.spaceId(), true));
        assertThat(people.as(sam, () -> service.page(couple.spaceId())).values().revealed()).isFalse();
        assertThat(people.as(sam, () -> service.page(couple.spaceId())).values().sides())
                .extracting(ValuesViews.PickSide::ready).containsExactly(true, false);
        people.as(alex, () -> service.valuesReady(couple.spaceId(), false));
        people.as(sam, () -> service.chooseValues(couple.spaceId(), List.of("Family", "Security", "Calm", "Travel", "Honesty"), false));

        AtOnce.run(() -> people.as(alex, () -> service.valuesReady(couple.spaceId(), true)),
                () -> people.as(sam, () -> service.valuesReady(couple.spaceId(), true)));

        ValuesViews.ValuesReveal reveal = people.as(alex, () -> service.page(couple.spaceId())).values();
        assertThat(reveal.revealed()).isTrue();
        assertThat(reveal.inCommon()).containsExactly("Honesty", "Family");
        assertThat(reveal.differences()).extracting(ValuesViews.Difference::value)
                .as("ranked four places apart, or one of the five of only one of them")
                .containsExactly("Honesty", "Adventure", "Security");
        assertThat(sentences(sam)).filteredOn(line -> line.contains("both lists of core values are revealed")).hasSize(1);
        assertThatThrownBy(() -> people.as(alex, () -> service.chooseValues(couple.spaceId(), List.of("Calm"), false)))
                .isInstanceOf(ValuesStepException.class);
    }

    @Test
    void a_shared_value_is_agreed_by_both_and_a_change_makes_it_the_changer_s_proposal() {
        UUID goal = people.as(alex, () -> board.add(couple.spaceId(), BoardService.Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Save for Japan"))).id();
        UUID value = people.as(alex, () -> service.proposeValue(couple.spaceId(), new SharedValueDraft("Adventure",
                "We try one new thing a month", List.of(goal), LocalDate.now().plusMonths(3), true)));
        var proposed = people.as(sam, () -> service.page(couple.spaceId())).shared().getFirst();
        assertThat(proposed.waitingForViewer()).isTrue();
        assertThat(proposed.goalIds()).containsExactly(goal);
        assertThatThrownBy(() -> people.as(alex, () -> service.acceptValue(value, proposed.revision())))
                .isInstanceOf(ValuesStepException.class);

        people.as(sam, () -> service.changeValue(value, proposed.revision(), new SharedValueDraft("Adventure",
                "One new thing a month, big or small", List.of(goal), null, true)));
        assertThatThrownBy(() -> people.as(alex, () -> service.acceptValue(value, proposed.revision())))
                .as("accepting what one saw before the change").isInstanceOf(ValuesStepException.class);
        var changed = people.as(alex, () -> service.page(couple.spaceId())).shared().getFirst();
        assertThat(changed.proposedByName()).isEqualTo("Sam");
        people.as(alex, () -> service.acceptValue(value, changed.revision()));
        assertThat(people.as(rivera, () -> service.page(couple.spaceId())).shared().getFirst().agreed()).isTrue();
    }

    @Test
    void a_change_by_the_other_partner_shares_the_proposer_s_words_with_the_counsellor_only_once_the_proposer_accepts() {
        String words = "Alex's words, kept from Rivera: we never go to bed angry";
        UUID value = people.as(alex, () -> service.proposeValue(couple.spaceId(),
                new SharedValueDraft("Calm", words, List.of(), null, false)));
        var proposed = people.as(sam, () -> service.page(couple.spaceId())).shared().getFirst();

        people.as(sam, () -> service.changeValue(value, proposed.revision(),
                new SharedValueDraft("Calm", words, List.of(), null, true)));

        assertThat(people.as(rivera, () -> service.page(couple.spaceId())).shared()).isEmpty();
        assertThat(live.readAfresh(couple.spaceId()).get(Values.class).shared().get(value).sharedWithCounsellor()).isFalse();
        var asked = people.as(alex, () -> service.page(couple.spaceId())).shared().getFirst();
        assertThat(asked.sharedWithCounsellor()).isFalse();
        assertThat(asked.sharingAsked()).as("Alex is asked").isTrue();

        people.as(alex, () -> service.acceptValue(value, asked.revision()));
        assertThat(people.as(rivera, () -> service.page(couple.spaceId())).shared())
                .extracting(ValuesViews.SharedValueView::meaning).containsExactly(words);
    }

    @Test
    void keeping_a_shared_value_from_the_counsellor_takes_effect_at_once_whoever_changes_it() {
        UUID value = people.as(alex, () -> service.proposeValue(couple.spaceId(),
                new SharedValueDraft("Calm", "Quiet Sundays", List.of(), null, true)));
        var proposed = people.as(sam, () -> service.page(couple.spaceId())).shared().getFirst();

        people.as(sam, () -> service.changeValue(value, proposed.revision(),
                new SharedValueDraft("Calm", "Quiet Sundays, phones off", List.of(), null, false)));

        assertThat(people.as(rivera, () -> service.page(couple.spaceId())).shared()).isEmpty();
    }

    @Test
    void bad_input_is_refused_with_a_message_next_to_its_field_and_nothing_is_saved() {
        assertRefused(() -> service.writeBoundary(couple.spaceId(), draft(" ", true), false), "text");
        assertRefused(() -> service.writeBoundary(couple.spaceId(), draft("x".repeat(501), true), false), "text");
        assertRefused(() -> service.writeBoundary(couple.spaceId(), new BoundaryDraft(null, "Fine", false, null), false), "kind");
        assertRefused(() -> service.writeBoundary(couple.spaceId(), new BoundaryDraft(BoundaryKind.TIME, "Fine", false,
                LocalDate.now().minusDays(1)), false), "reviewDate");
        assertRefused(() -> service.chooseValues(couple.spaceId(), List.of("A", "B", "C", "D", "E", "F"), false), "values");
        assertRefused(() -> service.chooseValues(couple.spaceId(), List.of("Honesty", "honesty"), false), "values");
        assertRefused(() -> service.chooseValues(couple.spaceId(), List.of("y".repeat(41)), false), "values");
        UUID foreignGoal = people.as(people.newCouple().first(), () -> UUID.randomUUID());
        assertRefused(() -> service.proposeValue(couple.spaceId(), new SharedValueDraft("Calm", "Quiet evenings",
                List.of(foreignGoal), null, false)), "goalIds");
        assertRefused(() -> service.proposeValue(couple.spaceId(), new SharedValueDraft("", "Quiet evenings",
                List.of(), null, false)), "name");

        assertThat(people.as(alex, () -> service.myDrafts(couple.spaceId()))).isEmpty();
        assertThat(people.as(alex, () -> service.myPick(couple.spaceId())).values()).isEmpty();
        assertThat(people.as(alex, () -> service.page(couple.spaceId())).shared()).isEmpty();
    }

    @Test
    void a_boundary_or_shared_value_whose_review_date_has_come_is_on_the_check_in_agenda_as_each_viewer_may_see_it() {
        UUID kept = people.as(sam, () -> service.writeBoundary(couple.spaceId(), new BoundaryDraft(BoundaryKind.TIME,
                "Kept from Rivera: Sunday mornings are mine", false, LocalDate.now().plusDays(7)), true)).id();
        UUID value = people.as(alex, () -> service.proposeValue(couple.spaceId(), new SharedValueDraft("Honesty",
                "We say it early", List.of(), LocalDate.now().plusDays(7), true)));
        people.as(alex, () -> service.writeBoundary(couple.spaceId(), new BoundaryDraft(BoundaryKind.MATERIAL,
                "Not due yet", true, LocalDate.now().plusDays(7)), true));
        jdbc.sql("update boundary set review_date = current_date where id = :id").param("id", kept).update();
        jdbc.sql("update shared_value set review_date = current_date - 1 where id = :id").param("id", value).update();
        UUID checkin = people.as(alex, () -> checkins.start(couple.spaceId()));

        assertThat(people.as(alex, () -> checkins.agenda(checkin))).extracting(CheckinViews.AgendaLine::title)
                .contains("Kept from Rivera: Sunday mornings are mine", "Honesty").doesNotContain("Not due yet");
        assertThat(people.as(rivera, () -> checkins.agenda(checkin))).extracting(CheckinViews.AgendaLine::title)
                .contains("Honesty").doesNotContain("Kept from Rivera: Sunday mornings are mine");
    }

    @Test
    void private_steps_count_a_revision_without_leaving_a_gap_that_would_make_the_live_model_read_the_space_again() {
        AtomicReference<SpaceModel> latest = new AtomicReference<>();
        LiveSpaces.Watch watch = live.watch(couple.spaceId(), latest::set);
        try {
            long before = live.reads();
            people.as(alex, () -> service.selfCheck(couple.spaceId(), BoundaryKind.TIME, Feeling.TOO_RIGID));
            people.as(alex, () -> service.writeBoundary(couple.spaceId(), draft("A private draft", false), false));
            people.as(alex, () -> service.writeBoundary(couple.spaceId(), draft("Published", true), true));

            Awaitility.await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(4))
                    .until(() -> live.reads() == before);
            assertThat(latest.get().get(Values.class).boundaries().values()).extracting(Values.BoundaryItem::text)
                    .containsExactly("Published");
        } finally {
            watch.remove();
        }
    }

    private void assertRefused(Runnable action, String field) {
        assertThatThrownBy(() -> people.as(alex, action)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).containsKey(field));
    }

    private int revisionOf(UUID boundary) {
        return people.as(alex, () -> service.page(couple.spaceId())).boundaries().stream()
                .filter(b -> b.id().equals(boundary)).findFirst().orElseThrow().revision();
    }

    private BoundaryView boundaryAs(Person person) {
        return people.as(person, () -> service.page(couple.spaceId())).boundaries().getFirst();
    }

    private List<String> sentences(Person person) {
        return people.as(person, () -> activity.newest(couple.spaceId(), 3)).entries().stream()
                .map(ActivityText::sentence).toList();
    }

    private static BoundaryDraft draft(String text, boolean sharedWithCounsellor) {
        return new BoundaryDraft(BoundaryKind.TIME, text, sharedWithCounsellor, null);
    }
}
