package app.commonground.account;

import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Couple;
import app.commonground.TestPeople.Person;
import app.commonground.activity.ActivityEntry;
import app.commonground.activity.ActivityKind;
import app.commonground.activity.ActivityLog;
import app.commonground.base.GoneException;
import app.commonground.base.InvalidInputException;
import app.commonground.base.live.LiveSpaces;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.board.ItemView;
import app.commonground.checkin.AppreciationDraft;
import app.commonground.checkin.CheckinAnswers;
import app.commonground.checkin.CheckinService;
import app.commonground.counselling.CounsellingService;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NewNegotiation;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.responsibility.ResponsibilityView;
import app.commonground.security.LoginThrottle;
import app.commonground.space.ConsentService;
import app.commonground.space.InvitationService;
import app.commonground.space.LeavingService;
import app.commonground.space.NewSpace;
import app.commonground.space.SpaceService;
import app.commonground.values.BoundaryDraft;
import app.commonground.values.BoundaryKind;
import app.commonground.values.Feeling;
import app.commonground.values.ValuesService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person's rights over their data: the export of each role, leaving a space, a counsellor ending their
 * observing, and deleting an account, on a couple with a full life in their space. Every private field of each
 * person carries a marker of its own, so a byte of it in the wrong place is found.
 */
@IntegrationTest
class MyDataServiceTest {

    @Autowired
    TestPeople people;
    @Autowired
    AccountService accounts;
    @Autowired
    SpaceService spaces;
    @Autowired
    InvitationService invitations;
    @Autowired
    LeavingService leaving;
    @Autowired
    ConsentService consents;
    @Autowired
    BoardService board;
    @Autowired
    ResponsibilityService responsibilities;
    @Autowired
    NegotiationService negotiations;
    @Autowired
    CheckinService checkins;
    @Autowired
    ValuesService values;
    @Autowired
    CounsellingService counselling;
    @Autowired
    ActivityLog activity;
    @Autowired
    LiveSpaces live;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    LoginThrottle throttle;

    Couple couple;
    Person alex;
    Person sam;
    Person rivera;
    String samName;
    Map<Person, List<String>> privateMarkers;
    UUID sharedGoal;
    UUID samsGoal;
    UUID negotiationWithDrafts;

    @BeforeEach
    void aCoupleWithAFullLifeInTheirSpace() {
        alex = people.newPerson("Alex");
        samName = "Sam Zephyrine " + letters();
        sam = people.newPerson(samName);
        UUID spaceId = people.as(alex, () -> spaces.create(new NewSpace("Alex & Sam")));
        String token = people.as(alex, () -> invitations.invitePartner(spaceId).token());
        people.as(sam, () -> invitations.accept(token));
        couple = people.withCounsellor(new Couple(spaceId, alex, sam, null), people.newPerson("Dr Rivera"));
        rivera = couple.counsellor();
        privateMarkers = new LinkedHashMap<>();
        for (Person partner : List.of(alex, sam)) {
            privateMarkers.put(partner, livesIn(partner, "p" + letters()));
        }
        sharedGoal = people.as(alex, () -> board.add(spaceId, Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Shared goal marker-shared"))).id();
        samsGoal = people.as(sam, () -> board.add(spaceId, Placement.MINE, ItemDraft.idea(ItemKind.HOBBY, "Sam's own hobby"))).id();
        negotiationWithDrafts = people.as(alex, () -> negotiations.open(spaceId, new NewNegotiation("Weekends", null)));
        people.as(alex, () -> negotiations.saveDraft(negotiationWithDrafts, List.of(marker(alex, "draft")), List.of()));
        people.as(sam, () -> negotiations.saveDraft(negotiationWithDrafts, List.of(marker(sam, "draft")), List.of()));
        UUID checkin = people.as(alex, () -> checkins.start(spaceId));
        people.as(alex, () -> checkins.saveAnswers(checkin, answers(marker(alex, "answer"))));
        people.as(sam, () -> checkins.saveAnswers(checkin, answers(marker(sam, "answer"))));
        people.as(alex, () -> checkins.submit(checkin));
        UUID session = people.as(rivera, () -> counselling.recordSession(spaceId, LocalDate.now().minusDays(1))).id();
        people.as(rivera, () -> counselling.writeNote(spaceId, session, "counsellor-note-marker " + letters()));
        privateMarkers.put(rivera, List.of("counsellor-note-marker"));
        ResponsibilityView bins = people.as(sam, () -> responsibilities.propose(spaceId, new ResponsibilityDraft("Bins",
                Area.HOUSEHOLD, sam.id(), Cadence.WEEKLY, "Out on Sunday night", 15, null)));
        people.as(alex, () -> responsibilities.change(bins.id(), bins.revision(), new ResponsibilityDraft("Bins",
                Area.HOUSEHOLD, alex.id(), Cadence.WEEKLY, "Out on Sunday night", 15, null)));
    }

    /** What one partner keeps private: a draft boundary, a self-check, core values not yet shown. */
    private List<String> livesIn(Person partner, String tag) {
        UUID spaceId = couple.spaceId();
        List<String> markers = new ArrayList<>(List.of(tag + "-draft", tag + "-answer", tag + "-boundary", "Value" + tag));
        people.as(partner, () -> values.writeBoundary(spaceId, new BoundaryDraft(BoundaryKind.TIME, tag + "-boundary",
                false, null), false));
        people.as(partner, () -> values.writeBoundary(spaceId, new BoundaryDraft(BoundaryKind.MATERIAL,
                partner.name() + "'s shared boundary", false, null), true));
        people.as(partner, () -> values.selfCheck(spaceId, BoundaryKind.TIME, Feeling.TOO_RIGID));
        people.as(partner, () -> values.chooseValues(spaceId, List.of("Value" + tag, "Honesty"), false));
        return markers;
    }

    private String marker(Person person, String field) {
        return privateMarkers.get(person).stream().filter(m -> m.endsWith("-" + field)).findFirst().orElseThrow();
    }

    @Test
    void each_export_holds_what_its_person_wrote_and_no_byte_of_anyone_elses_private_text() throws IOException {
        Map<String, String> alexs = export(alex);
        Map<String, String> sams = export(sam);
        Map<String, String> riveras = export(rivera);

        assertThat(alexs.keySet()).contains("README.txt", "my-data.html", "account.json", "spaces.json",
                "goals-and-hobbies.json", "responsibilities.json", "negotiations.json", "checkin-answers.json",
                "boundaries.json", "self-checks.json", "core-values.json", "activity.json", "counselling-sessions.json");
        for (String file : alexs.keySet().stream().filter(f -> f.endsWith(".json")).toList()) {
            assertThat(JsonMapper.builder().build().readTree(alexs.get(file)).isArray()).as(file).isTrue();
        }
        String alexAll = String.join("\n", alexs.values());
        String samAll = String.join("\n", sams.values());
        String riveraAll = String.join("\n", riveras.values());
        for (String own : privateMarkers.get(alex)) {
            assertThat(alexs.get("my-data.html")).contains(own);
        }
        assertThat(alexAll).contains("Shared goal marker-shared", alex.email()).doesNotContain("Sam's own hobby");
        assertThat(samAll).contains(privateMarkers.get(sam).toArray(String[]::new)).contains("Sam's own hobby");
        assertThat(alexAll).doesNotContain(privateMarkers.get(sam).toArray(String[]::new))
                .doesNotContain("counsellor-note-marker");
        assertThat(samAll).doesNotContain(privateMarkers.get(alex).toArray(String[]::new))
                .doesNotContain("counsellor-note-marker");
        assertThat(riveraAll).doesNotContain(privateMarkers.get(alex).toArray(String[]::new))
                .doesNotContain(privateMarkers.get(sam).toArray(String[]::new))
                .doesNotContain("counsellor-note-marker", "Shared goal marker-shared", alex.email(), sam.email());
        JsonNode riverasSteps = JsonMapper.builder().build().readTree(riveras.get("consent-history.json"));
        assertThat(riverasSteps.findValuesAsString("change")).contains("ASKED");
        assertThat(JsonMapper.builder().build().readTree(riveras.get("counselling-sessions.json")).size()).isEqualTo(1);
        assertThat(JsonMapper.builder().build().readTree(alexs.get("self-checks.json")).size()).isEqualTo(1);
    }

    @Test
    void a_partner_who_leaves_takes_their_own_things_and_the_other_keeps_the_space_whole_and_readable() {
        UUID spaceId = couple.spaceId();
        people.as(sam, () -> leaving.leave(spaceId));

        List<UUID> items = people.as(alex, () -> board.board(spaceId)).columns().stream()
                .flatMap(column -> column.items().stream()).map(ItemView::id).toList();
        assertThat(items).contains(sharedGoal).doesNotContain(samsGoal);
        assertThat(people.as(alex, () -> board.board(spaceId)).columns()).hasSize(2);
        assertThat(people.as(alex, () -> negotiations.list(spaceId))).as("a negotiation nobody can finish ends").isEmpty();
        assertThatThrownBy(() -> people.as(alex, () -> negotiations.negotiation(negotiationWithDrafts)))
                .isInstanceOf(GoneException.class);
        assertThat(people.as(alex, () -> checkins.page(spaceId)).canStart()).as("the open check-in closed").isTrue();
        assertThat(people.as(alex, () -> values.page(spaceId)).boundaries().toString())
                .contains("Alex's shared boundary").doesNotContain(samName);
        assertThat(people.as(alex, () -> values.myPick(spaceId)).values()).contains("Honesty");
        assertThat(people.as(alex, () -> responsibilities.list(spaceId)).toString()).contains("Bins");
        List<ActivityEntry> newest = people.as(alex, () -> activity.newest(spaceId, 1)).entries();
        assertThat(newest.getFirst().kind()).isEqualTo(ActivityKind.PARTNER_LEFT);
        assertThat(newest.getFirst().actorName()).isEqualTo(samName);
        assertThat(live.readAfresh(spaceId).toString()).doesNotContain(marker(sam, "boundary"), "Sam's own hobby");
        for (String table : List.of("self_check", "values_pick", "boundary")) {
            assertThat(rowsOf(table, spaceId, sam.id())).as(table).isZero();
            assertThat(rowsOf(table, spaceId, alex.id())).as(table).isPositive();
        }
        assertThatThrownBy(() -> people.as(sam, () -> board.board(spaceId))).isInstanceOf(GoneException.class);
        assertThat(people.as(sam, () -> spaces.mySpaces())).isEmpty();
        assertThat(people.as(alex, () -> invitations.invitePartner(spaceId)).token()).isNotBlank();
    }

    @Test
    void a_counsellor_the_staying_partner_approved_is_let_in_when_the_other_partner_leaves_without_answering() {
        Couple partners = people.newPartners();
        Person lee = people.newPerson("Dr Lee");
        String token = people.as(partners.first(), () -> invitations.inviteCounsellor(partners.spaceId()).token());
        people.as(lee, () -> invitations.accept(token));
        people.as(partners.first(), () -> consents.approve(partners.spaceId(), lee.id()));
        assertThatThrownBy(() -> people.as(lee, () -> board.board(partners.spaceId()))).isInstanceOf(GoneException.class);

        people.as(partners.second(), () -> leaving.leave(partners.spaceId()));

        assertThat(people.as(lee, () -> board.board(partners.spaceId())).columns()).hasSize(2);
    }

    @Test
    void the_last_partner_to_leave_deletes_the_space_with_everything_in_it() {
        Person solo = people.newPerson("Robin");
        UUID spaceId = people.as(solo, () -> spaces.create(new NewSpace("Robin alone")));
        people.as(solo, () -> board.add(spaceId, Placement.MINE, ItemDraft.idea(ItemKind.GOAL, "Learn the cello")));
        people.as(solo, () -> values.selfCheck(spaceId, BoundaryKind.TIME, Feeling.HEALTHY));

        assertThat(people.as(solo, () -> leaving.leave(spaceId))).isTrue();

        assertThat(jdbc.sql("select count(*) from space where id = ?").param(spaceId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from board_item where space_id = ?").param(spaceId).query(Long.class).single()).isZero();
        assertThat(people.as(solo, () -> spaces.mySpaces())).isEmpty();
    }

    @Test
    void a_counsellor_who_stops_observing_sees_nothing_more_and_keeps_their_own_notes() {
        UUID spaceId = couple.spaceId();
        people.as(rivera, () -> leaving.leave(spaceId));

        assertThatThrownBy(() -> people.as(rivera, () -> board.board(spaceId))).isInstanceOf(GoneException.class);
        assertThat(people.as(rivera, () -> counselling.myNotes(spaceId)).toString()).contains("counsellor-note-marker");
        ActivityEntry last = people.as(alex, () -> activity.newest(spaceId, 1)).entries().getFirst();
        assertThat(last.kind()).isEqualTo(ActivityKind.COUNSELLOR_ENDED);
        assertThat(last.actorName()).isEqualTo("Dr Rivera");
        assertThat(people.as(alex, () -> spaces.details(spaceId)).members()).hasSize(2);
    }

    @Test
    void deleting_an_account_needs_the_password_and_then_no_table_holds_the_persons_name_or_email() throws SQLException {
        UUID spaceId = couple.spaceId();
        jdbc.sql("""
                insert into activity (id, space_id, actor_id, kind, description, occurred_at, version, kept_from_counsellor)
                values (?, ?, ?, 'EARLIER', ?, current_timestamp, 0, false)""")
                .params(UUID.randomUUID(), spaceId, alex.id(), "asked " + samName + " to take over “Laundry”").update();
        // a change stored as a sentence, before changes were kept as data (now partners are ids, no names)
        jdbc.sql("update responsibility set last_change = ? where space_id = ? and title = 'Bins'")
                .params("changed the owner from " + samName + " to Alex", spaceId).update();
        throttle.claimTry(sam.email(), "203.0.113.9");
        throttle.succeeded(sam.email(), "203.0.113.9");
        throttle.claimTry(sam.email(), "198.51.100.7");
        assertThatThrownBy(() -> people.as(sam, () -> accounts.deleteAccount("not my password")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems()).containsKey("password"));
        assertThat(cellsHolding(samName)).contains("account.display_name", "activity.description",
                "responsibility.last_change");
        assertThat(cellsHolding(sam.email())).contains("account.email", "sign_in_failure.bucket");

        people.as(sam, () -> accounts.deleteAccount(TestPeople.PASSWORD));

        assertThat(cellsHolding(samName)).isEmpty();
        assertThat(cellsHolding(sam.email())).isEmpty();
        assertThat(people.as(alex, () -> board.board(spaceId)).toString()).contains("Shared goal marker-shared");
        assertThat(jdbc.sql("select count(*) from draft_position where partner_id = ?").param(sam.id())
                .query(Long.class).single()).isZero();
        assertThat(people.as(alex, () -> responsibilities.list(spaceId)).toString()).contains("a former member");
        List<ActivityEntry> lines = people.as(alex, () -> activity.newest(spaceId, 4)).entries();
        assertThat(lines.getFirst().kind()).isEqualTo(ActivityKind.PARTNER_LEFT);
        assertThat(lines.getFirst().actorName()).isEqualTo("A former member");
        assertThat(lines.toString()).doesNotContain(samName);
        assertThat(people.as(alex, () -> activity.newest(spaceId, 3)).entries())
                .filteredOn(line -> line.kind() == ActivityKind.RESPONSIBILITY_PROPOSED)
                .extracting(ActivityEntry::otherName).as("the person a line names is a former member, not nobody")
                .containsExactly("A former member");
        assertThat(live.readAfresh(spaceId).toString()).doesNotContain(samName, marker(sam, "boundary"));
        assertThat(people.as(rivera, () -> spaces.details(spaceId)).members()).extracting(m -> m.name())
                .containsExactly("Alex", "Dr Rivera");
        UUID again = accounts.signUp(new SignUp("Sam, again", sam.email(), TestPeople.PASSWORD));
        assertThat(again).isNotEqualTo(sam.id());
    }

    /** Every "table.column" of text in the database with a value that contains {@code text}, in any case. */
    private List<String> cellsHolding(String text) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
            while (columns.next()) {
                int type = columns.getInt("DATA_TYPE");
                String table = columns.getString("TABLE_NAME").toLowerCase();
                String column = columns.getString("COLUMN_NAME").toLowerCase();
                if (Set.of(Types.VARCHAR, Types.CHAR, Types.CLOB, Types.LONGVARCHAR, Types.NVARCHAR).contains(type)
                        && !table.startsWith("flyway")) {
                    long rows = jdbc.sql("select count(*) from " + table + " where lower(" + column + ") like ?")
                            .param("%" + text.toLowerCase() + "%").query(Long.class).single();
                    if (rows > 0) {
                        found.add(table + "." + column);
                    }
                }
            }
        }
        return found;
    }

    private long rowsOf(String table, UUID spaceId, UUID person) {
        String column = table.equals("boundary") ? "author_id" : "partner_id";
        return jdbc.sql("select count(*) from " + table + " where space_id = ? and " + column + " = ?")
                .params(spaceId, person).query(Long.class).single();
    }

    /** The person's export, file by file. */
    private Map<String, String> export(Person person) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        people.as(person, () -> accounts.exportMyData(zip, Locale.ENGLISH));
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.put(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static CheckinAnswers answers(String marker) {
        return new CheckinAnswers(6, 7, false, List.of(new AppreciationDraft("Thanks for the soup", null, null, false)),
                null, false, null, false, null, false, marker, false);
    }

    private static String letters() {
        return new Random().ints(8, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }
}
