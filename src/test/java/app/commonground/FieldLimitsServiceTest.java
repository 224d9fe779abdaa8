package app.commonground;

import app.commonground.account.AccountService;
import app.commonground.account.SignUp;
import app.commonground.base.InvalidInputException;
import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.checkin.AppreciationDraft;
import app.commonground.checkin.CheckinAnswers;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.NewIssue;
import app.commonground.counselling.CounsellingService;
import app.commonground.counselling.NextSessionService;
import app.commonground.counselling.SessionTime;
import app.commonground.values.BoundaryDraft;
import app.commonground.values.BoundaryKind;
import app.commonground.values.SharedValueDraft;
import app.commonground.values.ValuesService;
import app.commonground.board.ItemStatus;
import app.commonground.board.ItemView;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NegotiationViews.Detail;
import app.commonground.negotiation.NewNegotiation;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityChange.FromTo;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.responsibility.ResponsibilityView;
import app.commonground.space.NewSpace;
import app.commonground.space.SpaceService;
import app.commonground.TestPeople.Person;
import app.commonground.security.AccountPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every text a person can type, at exactly its stated limit (saved and read back unchanged, also where it
 * ends up inside longer sentences) and one character past it (refused with a message for that field).
 */
@IntegrationTest
class FieldLimitsServiceTest {

    @Autowired
    TestPeople people;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    SpaceService spaces;
    @Autowired
    BoardService board;
    @Autowired
    CheckinService checkins;
    @Autowired
    ValuesService values;
    @Autowired
    CounsellingService counselling;
    @Autowired
    NextSessionService nextSession;
    @Autowired
    ResponsibilityService responsibilities;
    @Autowired
    NegotiationService negotiations;

    @Autowired
    TestNegotiations negotiating;

    TestPeople.Couple couple;
    Person alex;
    Person sam;
    UUID space;

    /**
     * A field: its limit, the key of its message when refused, what a valid value of a given length looks
     * like, and how to save a value and read it back.
     */
    record Field(String name, int limit, String problemKey, IntFunction<String> valueOfLength,
                 Function<String, String> saveAndReadBack) {

        Field(String name, int limit, String problemKey, Function<String, String> saveAndReadBack) {
            this(name, limit, problemKey, FieldLimitsServiceTest::text, saveAndReadBack);
        }
    }

    TestPeople.Couple checkinCouple;

    @BeforeEach
    void aCouple() {
        couple = people.newPartners();
        alex = couple.first();
        sam = couple.second();
        space = couple.spaceId();
    }

    @TestFactory
    Stream<DynamicTest> each_field_keeps_a_value_of_exactly_its_limit_and_refuses_one_character_more() {
        return fields().stream().flatMap(field -> Stream.of(
                DynamicTest.dynamicTest(field.name() + " keeps " + field.limit() + " characters", () -> {
                    String value = field.valueOfLength().apply(field.limit());
                    assertThat(field.saveAndReadBack().apply(value)).isEqualTo(value);
                }),
                DynamicTest.dynamicTest(field.name() + " refuses " + (field.limit() + 1) + " characters", () ->
                        assertThatThrownBy(() -> field.saveAndReadBack()
                                        .apply(field.valueOfLength().apply(field.limit() + 1)))
                                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                                        assertThat(refused.problems()).containsKey(field.problemKey())))));
    }

    @Test
    void twenty_flexible_areas_and_three_core_needs_of_the_longest_length_are_kept() {
        UUID topic = as(alex, () -> negotiations.open(space, new NewNegotiation(text(120), null)));
        List<String> core = List.of(text(200), text(200), text(200));
        List<String> flexible = Collections.nCopies(20, text(200));

        Detail saved = as(alex, () -> negotiations.saveDraft(topic, core, flexible));

        assertThat(saved.myDraft().coreNeeds()).isEqualTo(core);
        assertThat(saved.myDraft().flexible()).isEqualTo(flexible);
    }

    @Test
    void a_change_of_every_field_of_a_responsibility_at_its_limit_is_described_in_full() {
        ResponsibilityView proposed = as(alex, () -> responsibilities.propose(space, new ResponsibilityDraft(
                text(120), Area.HOUSEHOLD, alex.id(), Cadence.WEEKLY, text(500), 0, text(1000))));

        ResponsibilityView changed = as(alex, () -> responsibilities.change(proposed.id(), proposed.revision(),
                new ResponsibilityDraft(text(120), Area.MONEY, null, Cadence.DAILY, text(500), 10_080, text(1000))));

        assertThat(changed.lastChange().doneMeans()).isEqualTo(new FromTo<>(proposed.doneMeans(), changed.doneMeans()));
        assertThat(changed.lastChange().minutes()).isEqualTo(new FromTo<>(0, 10_080));
        assertThat(changed.lastChange().owner()).isEqualTo(new FromTo<>("Alex", null));
    }

    @Test
    void an_option_of_the_longest_length_under_the_longest_topic_goes_all_the_way_to_an_agreement() {
        UUID topic = optionsTopic();
        String longest = text(300);
        UUID option = as(alex, () -> negotiations.addOption(topic, longest)).options().getFirst().id();
        as(alex, () -> negotiations.rate(topic, option, 8));
        as(sam, () -> negotiations.rate(topic, option, 9));
        as(sam, () -> negotiations.proposeOutcome(topic, option, LocalDate.now().plusMonths(1)));

        Detail agreed = as(alex, () -> negotiations.sign(topic));

        assertThat(agreed.outcome().optionText()).isEqualTo(longest);
    }

    private List<Field> fields() {
        return List.of(
                new Field("Your name", 60, "name", value ->
                        principal(signUp(value, emailOfLength(40), TestPeople.PASSWORD)).displayName()),
                new Field("Email", 254, "email", FieldLimitsServiceTest::emailOfLength, value ->
                        principal(signUp("Long Email", value, TestPeople.PASSWORD)).getUsername()),
                new Field("Password", 72, "password", value -> passwords.matches(value,
                        principal(signUp("Long Password", emailOfLength(40), value)).getPassword())
                        ? value : "a different password"),
                new Field("Space name", 80, "name", value -> as(alex, () ->
                        spaces.details(spaces.create(new NewSpace(value))).name())),
                new Field("Goal title", 120, "title", value -> addItem(new ItemDraft(ItemKind.GOAL, value, null,
                        ItemStatus.IDEA, null, null)).title()),
                new Field("Goal notes", 2000, "notes", value -> addItem(new ItemDraft(ItemKind.GOAL, "Notes", value,
                        ItemStatus.IDEA, null, null)).notes()),
                new Field("How you can support me", 1000, "support", value -> addItem(new ItemDraft(ItemKind.GOAL,
                        "Support", null, ItemStatus.IDEA, null, value)).support()),
                new Field("Responsibility title", 120, "title", value -> propose(value, "Done", null).title()),
                new Field("Done means", 500, "doneMeans", value -> propose("Done", value, null).doneMeans()),
                new Field("Responsibility notes", 1000, "notes", value -> propose("Notes", "Done", value).notes()),
                new Field("Negotiation topic", 120, "title", value -> as(alex, () ->
                        negotiations.negotiation(negotiations.open(space, new NewNegotiation(value, null))).title())),
                new Field("The situation", 1000, "situation", value -> as(alex, () -> negotiations.negotiation(
                        negotiations.open(space, new NewNegotiation("Situation", value))).situation())),
                new Field("A core need", 200, "coreNeeds", value -> as(alex, () -> negotiations.saveDraft(
                        newTopic(), List.of(value), List.of())).myDraft().coreNeeds().getFirst()),
                new Field("A flexible area", 200, "flexible", value -> as(alex, () -> negotiations.saveDraft(
                        newTopic(), List.of("Need"), List.of(value))).myDraft().flexible().getFirst()),
                new Field("A restatement", 1000, "restatement", value -> {
                    UUID topic = revealedTopic();
                    return as(alex, () -> negotiations.restate(topic, value)).restatements().stream()
                            .filter(r -> r.listenerName().equals("Alex")).findFirst().orElseThrow().text();
                }),
                new Field("A correction", 1000, "correction", value -> {
                    UUID topic = revealedTopic();
                    as(alex, () -> negotiations.restate(topic, "You need the sea"));
                    return as(sam, () -> negotiations.answerRestatement(topic, false, value)).restatements().stream()
                            .filter(r -> r.listenerName().equals("Alex")).findFirst().orElseThrow().correction();
                }),
                new Field("An option", 300, "option", value -> {
                    UUID topic = optionsTopic();
                    return as(alex, () -> negotiations.addOption(topic, value)).options().getFirst().text();
                }),
                new Field("A note declining an outcome", 500, "note", value -> {
                    UUID topic = optionsTopic();
                    UUID option = as(alex, () -> negotiations.addOption(topic, "Lake")).options().getFirst().id();
                    as(alex, () -> negotiations.rate(topic, option, 5));
                    as(sam, () -> negotiations.rate(topic, option, 5));
                    as(alex, () -> negotiations.proposeOutcome(topic, option, LocalDate.now().plusDays(9)));
                    return as(sam, () -> negotiations.decline(topic, value)).outcome().declineNote();
                }),
                new Field("An appreciation", 500, "appreciations[0].text", value -> {
                    UUID checkin = openCheckin();
                    return as(checkinCouple.first(), () -> checkins.saveAnswers(checkin, new CheckinAnswers(5, 5, false,
                            List.of(new AppreciationDraft(value)), null, false, null, false, null, false, null, false)))
                            .mine().appreciations().getFirst().text();
                }),
                new Field("A check-in answer", 1000, "newInfo", value -> {
                    UUID checkin = openCheckin();
                    return as(checkinCouple.first(), () -> checkins.saveAnswers(checkin, new CheckinAnswers(5, 5, false,
                            List.of(), value, false, null, false, null, false, null, false))).mine().newInfo();
                }),
                new Field("An issue's title", 120, "title", value -> {
                    UUID checkin = revealedCheckin();
                    return as(checkinCouple.first(), () -> checkins.raiseIssue(checkin, new NewIssue(value, null)))
                            .issues().getFirst().title();
                }),
                new Field("An issue's words", 200, "words", value -> {
                    UUID checkin = revealedCheckin();
                    return as(checkinCouple.first(), () -> checkins.raiseIssue(checkin, new NewIssue("Money", value)))
                            .issues().getFirst().words();
                }),
                new Field("A boundary", 500, "text", value -> as(alex, () -> values.writeBoundary(space,
                        new BoundaryDraft(BoundaryKind.TIME, value, false, null), false)).text()),
                new Field("A boundary restated", 500, "restatement", value -> {
                    UUID boundary = as(alex, () -> values.writeBoundary(space,
                            new BoundaryDraft(BoundaryKind.TIME, "I will rest on Sundays", false, null), true)).id();
                    people.as(sam, () -> values.restateBoundary(boundary, 0, value));
                    return as(alex, () -> values.page(space)).boundaries().stream()
                            .filter(b -> b.id().equals(boundary)).findFirst().orElseThrow().restatement();
                }),
                new Field("A core value", 40, "values", value -> {
                    TestPeople.Couple own = people.newPartners();
                    return as(own.first(), () -> values.chooseValues(own.spaceId(), List.of(value), false)).values().getFirst();
                }),
                new Field("A shared value's name", 40, "name", value -> {
                    UUID id = as(alex, () -> values.proposeValue(space, new SharedValueDraft(value, "Why", List.of(), null, false)));
                    return as(alex, () -> values.page(space)).shared().stream().filter(v -> v.id().equals(id))
                            .findFirst().orElseThrow().name();
                }),
                new Field("What a shared value means", 300, "meaning", value -> {
                    UUID id = as(alex, () -> values.proposeValue(space, new SharedValueDraft("Calm", value, List.of(), null, false)));
                    return as(alex, () -> values.page(space)).shared().stream().filter(v -> v.id().equals(id))
                            .findFirst().orElseThrow().meaning();
                }),
                new Field("A counsellor's note", 4000, "words", value -> {
                    TestPeople.Couple observed = people.withCounsellor(people.newPartners(), people.newPerson("Dr Lee"));
                    return as(observed.counsellor(), () -> counselling.writeNote(observed.spaceId(), null, value)).words();
                }),
                new Field("A request for another session time", 500, "words", value -> {
                    TestPeople.Couple observed = people.withCounsellor(people.newPartners(), people.newPerson("Dr Lee"));
                    people.as(observed.counsellor(), () -> nextSession.plan(observed.spaceId(),
                            new SessionTime(LocalDate.now(ZoneOffset.UTC).plusDays(3), "18:00", ZoneOffset.UTC)));
                    people.as(observed.first(), () -> nextSession.askForAnotherTime(observed.spaceId(), value));
                    return as(observed.counsellor(), () -> counselling.nextSession(observed.spaceId())).orElseThrow()
                            .requests().getFirst().words();
                }),
                new Field("The week's plan together", 120, "plan", value -> {
                    UUID checkin = revealedCheckin();
                    return as(checkinCouple.first(), () -> checkins.planTogether(checkin, null, value, false))
                            .togetherPlan();
                }));
    }

    /** A check-in just started, in a couple of its own: a space has one open check-in at a time. */
    private UUID openCheckin() {
        checkinCouple = people.newPartners();
        return as(checkinCouple.first(), () -> checkins.start(checkinCouple.spaceId()));
    }

    private UUID revealedCheckin() {
        UUID checkin = openCheckin();
        for (Person partner : List.of(checkinCouple.first(), checkinCouple.second())) {
            as(partner, () -> checkins.saveAnswers(checkin, new CheckinAnswers(5, 5, false,
                    List.of(new AppreciationDraft("Thanks")), null, false, null, false, null, false, null, false)));
            as(partner, () -> checkins.submit(checkin));
        }
        return checkin;
    }

    private String signUp(String name, String email, String password) {
        accounts.signUp(new SignUp(name, email, password));
        return email;
    }

    private AccountPrincipal principal(String email) {
        return (AccountPrincipal) users.loadUserByUsername(email);
    }

    private ItemView addItem(ItemDraft draft) {
        return as(alex, () -> board.item(board.add(space, BoardService.Placement.MINE, draft).id()));
    }

    private ResponsibilityView propose(String title, String doneMeans, String notes) {
        return as(alex, () -> responsibilities.responsibility(responsibilities.propose(space, new ResponsibilityDraft(
                title, Area.HOUSEHOLD, alex.id(), Cadence.WEEKLY, doneMeans, 30, notes)).id()));
    }

    private UUID newTopic() {
        return as(alex, () -> negotiations.open(space, new NewNegotiation(text(120), null)));
    }

    private UUID revealedTopic() {
        return negotiating.revealed(couple, text(120));
    }

    private UUID optionsTopic() {
        return negotiating.atOptions(couple, text(120));
    }

    private <T> T as(Person person, java.util.function.Supplier<T> action) {
        return people.as(person, action);
    }

    /** Text of exactly this length, in words, different each time, ending in a visible letter. */
    private static String text(int length) {
        String words = (UUID.randomUUID() + " Sunday picnic by the lake with our friends ").repeat(length / 40 + 2);
        return words.substring(0, length - 1) + "x";
    }

    /** A unique, valid email of exactly this length (from 40 characters up). */
    private static String emailOfLength(int length) {
        String local = UUID.randomUUID().toString().replace("-", "");
        char[] domain = "d".repeat(length - local.length() - "@".length() - ".test".length()).toCharArray();
        for (int dot = 60; dot < domain.length - 1; dot += 61) {
            domain[dot] = '.';
        }
        return local + "@" + new String(domain) + ".test";
    }
}
