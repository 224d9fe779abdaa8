package app.commonground.page;

import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Couple;
import app.commonground.TestPeople.Person;
import app.commonground.activity.ActivityLog;
import app.commonground.activity.ActivityProjection;
import app.commonground.activity.RecentActivity;
import app.commonground.base.live.LiveSpaces;
import app.commonground.base.live.SpaceModel;
import app.commonground.board.Board;
import app.commonground.board.BoardProjection;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Direction;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemStatus;
import app.commonground.board.ItemView;
import app.commonground.board.Presence;
import app.commonground.board.PresenceProjection;
import app.commonground.board.PresenceService;
import app.commonground.negotiation.MirrorStatus;
import app.commonground.negotiation.NegotiationProjection;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationStep;
import app.commonground.negotiation.NegotiationStepException;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NegotiationViews.Option;
import app.commonground.negotiation.Negotiations;
import app.commonground.negotiation.NewNegotiation;
import app.commonground.space.SpaceMembers;
import app.commonground.space.Viewer;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one visibility rule, tried on random spaces: for each, a random history of changes is made through the
 * services while the space's model is open on this server. Then, for both partners and the counsellor, what the
 * screens project from the model must equal what the services return, and no private text (a draft, an item
 * kept from the counsellor) may reach anyone it is not for. The model kept up to date from the commands must
 * also equal the space read afresh.
 */
@IntegrationTest
class ProjectionsServiceTest {

    private static final int CHANGES = 60;

    @Autowired
    TestPeople people;
    @Autowired
    BoardService board;
    @Autowired
    NegotiationService negotiations;
    @Autowired
    ActivityLog activity;
    @Autowired
    PresenceService presence;
    @Autowired
    LiveSpaces live;
    @Autowired
    Clock clock;

    @RepeatedTest(6)
    void every_viewer_sees_in_the_model_exactly_what_the_services_show_them_and_nothing_private_of_anyone_else(
            RepetitionInfo repetition) {
        Random random = new Random(20261130L + repetition.getCurrentRepetition());
        Couple couple = people.newCouple();
        SpaceModel[] latest = new SpaceModel[1];
        LiveSpaces.Watch watch = live.watch(couple.spaceId(), model -> latest[0] = model);
        try {
            latest[0] = watch.model();
            List<String> hidden = new ArrayList<>();
            Map<UUID, List<String>> draftsByTopic = new HashMap<>();
            makeRandomChanges(random, couple, hidden, draftsByTopic);
            draftIn(couple, random.nextBoolean() ? couple.first() : couple.second(), draftsByTopic);
            people.as(couple.first(), () -> presence.enter(couple.spaceId(), "screen-" + UUID.randomUUID()));

            SpaceModel kept = latest[0];
            Negotiations topics = kept.get(Negotiations.class);
            List<String> drafts = draftsByTopic.entrySet().stream()
                    .filter(topic -> topics.items().get(topic.getKey()).step() == NegotiationStep.DRAFT)
                    .flatMap(topic -> topic.getValue().stream()).toList();
            assertThat(drafts).isNotEmpty();
            SpaceModel fresh = freshModel(couple.spaceId());
            assertThat(kept.get(Board.class)).isEqualTo(fresh.get(Board.class));
            assertThat(kept.get(RecentActivity.class)).isEqualTo(fresh.get(RecentActivity.class));
            assertThat(kept.get(SpaceMembers.class)).isEqualTo(fresh.get(SpaceMembers.class));
            assertThat(kept.get(Presence.class)).isEqualTo(fresh.get(Presence.class));
            assertThat(topics).isEqualTo(fresh.get(Negotiations.class));
            drafts.forEach(draft -> assertThat(kept.toString()).doesNotContain(draft));

            for (Person person : List.of(couple.first(), couple.second(), couple.counsellor())) {
                SpaceMembers members = kept.get(SpaceMembers.class);
                Viewer viewer = members.viewer(person.id()).orElseThrow();
                var boardSeen = BoardProjection.of(kept.get(Board.class), members, viewer);
                var activitySeen = ActivityProjection.newest(kept.get(RecentActivity.class), members, viewer,
                        kept.get(Board.class).hiddenFromCounsellor(), ActivityLog.PAGE_SIZE);
                var presenceSeen = PresenceProjection.of(kept.get(Presence.class), members);

                assertThat(boardSeen).isEqualTo(people.as(person, () -> board.board(couple.spaceId())));
                assertThat(activitySeen).isEqualTo(people.as(person, () -> activity.newest(couple.spaceId(), 1)).entries());
                assertThat(presenceSeen).isEqualTo(people.as(person, () -> presence.presence(couple.spaceId())));
                LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
                var negotiationsSeen = NegotiationProjection.list(topics, members, viewer, today);
                assertThat(negotiationsSeen).isEqualTo(people.as(person, () -> negotiations.list(couple.spaceId())));
                List<Detail> detailsSeen = new ArrayList<>();
                for (Negotiations.Item topic : topics.items().values()) {
                    Detail read = people.as(person, () -> negotiations.negotiation(topic.id()));
                    Detail seen = NegotiationProjection.detail(topic, members, viewer, today, read.myDraft());
                    assertThat(seen).isEqualTo(read);
                    ratingsHiddenUntilBothRated(seen, topic, viewer);
                    if (read.myDraft() != null) {
                        draftsByTopic.getOrDefault(topic.id(), List.of()).stream()
                                .filter(words -> !read.myDraft().coreNeeds().contains(words))
                                .forEach(words -> assertThat(read.toString()).doesNotContain(words));
                        detailsSeen.add(NegotiationProjection.detail(topic, members, viewer, today, null));
                    } else {
                        detailsSeen.add(seen);
                    }
                }
                String everythingSeen = boardSeen + " " + activitySeen + " " + presenceSeen + " " + negotiationsSeen
                        + " " + detailsSeen;
                drafts.forEach(draft -> assertThat(everythingSeen).doesNotContain(draft));
                if (!viewer.isPartner()) {
                    hidden.forEach(title -> assertThat(everythingSeen).doesNotContain(title));
                }
            }
        } finally {
            watch.remove();
        }
    }

    /** Before both rated an option, nobody sees a rating of it but their own. */
    private static void ratingsHiddenUntilBothRated(Detail seen, Negotiations.Item topic, Viewer viewer) {
        for (Negotiations.Choice choice : topic.options()) {
            Option option = seen.options().stream().filter(o -> o.id().equals(choice.id())).findFirst().orElseThrow();
            if (choice.ratings().size() < 2) {
                assertThat(option.ratings()).isEmpty();
                assertThat(option.lowest()).isNull();
                assertThat(option.total()).isNull();
            }
            assertThat(option.viewerRating()).isEqualTo(choice.ratings().get(viewer.accountId()));
        }
    }

    private void makeRandomChanges(Random random, Couple couple, List<String> hidden,
                                   Map<UUID, List<String>> drafts) {
        List<ItemView> items = new ArrayList<>();
        for (int change = 0; change < CHANGES; change++) {
            Person partner = random.nextBoolean() ? couple.first() : couple.second();
            int what = items.isEmpty() ? 0 : drafts.isEmpty() ? 1 : random.nextInt(20);
            if (what >= 9 || (what == 1 && drafts.size() >= 3)) {
                negotiationStep(random, couple, partner, drafts, change);
                continue;
            }
            switch (what) {
                case 0 -> {
                    boolean keepFromCounsellor = random.nextInt(3) == 0;
                    String title = (keepFromCounsellor ? "Hidden " : "Goal ") + UUID.randomUUID();
                    Placement placement = keepFromCounsellor || random.nextBoolean() ? Placement.MINE : Placement.SHARED;
                    items.add(people.as(partner, () -> board.add(couple.spaceId(), placement,
                            ItemDraft.idea(random.nextBoolean() ? ItemKind.GOAL : ItemKind.HOBBY, title),
                            keepFromCounsellor)));
                    if (keepFromCounsellor) {
                        hidden.add(title);
                    }
                }
                case 1 -> draftIn(couple, partner, drafts);
                default -> {
                    ItemView item = items.get(random.nextInt(items.size()));
                    Person owner = item.shared() ? partner
                            : item.ownerId().equals(couple.first().id()) ? couple.first() : couple.second();
                    ItemView current = people.as(owner, () -> board.item(item.id()));
                    String notes = "Notes " + change;
                    ItemView changed = people.as(owner, () -> switch (what) {
                        case 2 -> board.update(item.id(), current.revision(), current.draft().withStatus(
                                ItemStatus.values()[random.nextInt(ItemStatus.values().length)]));
                        case 3 -> board.reorder(item.id(), random.nextBoolean() ? Direction.UP : Direction.DOWN);
                        case 4 -> current.hiddenFromCounsellor() ? current : current.archived()
                                ? board.restore(item.id()) : board.archive(item.id());
                        case 5 -> current.shared() ? current : board.moveToShared(item.id());
                        default -> board.update(item.id(), current.revision(), new ItemDraft(current.kind(),
                                current.title(), notes, current.status(), null, null));
                    });
                    items.set(items.indexOf(item), changed);
                }
            }
        }
    }

    /** A negotiation with a private draft: its words are the author's alone until both are ready. */
    private void draftIn(Couple couple, Person author, Map<UUID, List<String>> drafts) {
        String words = "Draft " + UUID.randomUUID();
        UUID topic = people.as(author, () -> negotiations.open(couple.spaceId(), new NewNegotiation("Topic", null)));
        people.as(author, () -> negotiations.saveDraft(topic, List.of(words), List.of()));
        drafts.computeIfAbsent(topic, id -> new ArrayList<>()).add(words);
    }

    /**
     * A step in a random negotiation: mostly the one it waits for from this partner, sometimes any step at all,
     * which is refused when it is not their turn and must then change nothing, in the database or in the model.
     */
    private void negotiationStep(Random random, Couple couple, Person partner, Map<UUID, List<String>> drafts,
                                 int change) {
        List<UUID> topics = List.copyOf(drafts.keySet());
        UUID topic = topics.get(random.nextInt(topics.size()));
        Detail seen = people.as(partner, () -> negotiations.negotiation(topic));
        boolean anything = random.nextInt(6) == 0;
        List<Option> rated = seen.options().stream().filter(Option::ratedByBoth).toList();
        List<Option> toRate = seen.options().stream().filter(o -> o.viewerRating() == null).toList();
        try {
            people.as(partner, () -> switch (seen.step()) {
                case DRAFT -> {
                    boolean written = !seen.myDraft().coreNeeds().isEmpty();
                    if (written && (anything || random.nextInt(4) > 0)) {
                        yield negotiations.setReady(topic, !seen.myDraft().ready() || anything);
                    }
                    String words = "Draft " + UUID.randomUUID();
                    drafts.get(topic).add(words);
                    yield negotiations.saveDraft(topic, List.of(words), List.of("Flexible " + words));
                }
                case MIRROR -> {
                    boolean answering = seen.restatements().stream()
                            .anyMatch(r -> r.viewerSpeaks() && r.status() == MirrorStatus.WAITING);
                    yield answering != anything
                            ? negotiations.answerRestatement(topic, random.nextInt(4) > 0, "Not quite " + change)
                            : negotiations.restate(topic, "In my words " + change);
                }
                case OPTIONS -> {
                    if (seen.outcome() != null && seen.outcome().optionText() != null && !anything) {
                        yield random.nextInt(3) > 0 ? negotiations.sign(topic) : negotiations.decline(topic, "Not yet");
                    }
                    if (!toRate.isEmpty() && !anything) {
                        yield negotiations.rate(topic, toRate.get(random.nextInt(toRate.size())).id(), random.nextInt(11));
                    }
                    if (seen.options().size() < 2 || rated.isEmpty() || random.nextInt(4) == 0) {
                        yield negotiations.addOption(topic, "Option " + change);
                    }
                    yield negotiations.proposeOutcome(topic, rated.get(random.nextInt(rated.size())).id(),
                            LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(30));
                }
                case AGREED -> seen;
            });
        } catch (NegotiationStepException outOfTurn) {
            // refused, as it should be when it is not this partner's turn
        }
    }

    private SpaceModel freshModel(UUID spaceId) {
        return live.readAfresh(spaceId);
    }
}
