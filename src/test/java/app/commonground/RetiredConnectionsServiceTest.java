package app.commonground;

import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.checkin.AppreciationDraft;
import app.commonground.checkin.CheckinAnswers;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.LinkKind;
import app.commonground.checkin.RhythmProposal;
import app.commonground.negotiation.NegotiationService;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.space.AccessRecords;
import app.commonground.values.BoundaryDraft;
import app.commonground.values.BoundaryKind;
import app.commonground.values.Feeling;
import app.commonground.values.ValuesService;
import com.zaxxer.hikari.HikariDataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection pool retires every connection after a while (30 minutes by default), the one that ran the
 * migrations included. Saving must go on working afterwards, into every table that has a check constraint.
 */
@IntegrationTest
class RetiredConnectionsServiceTest {

    @Autowired
    HikariDataSource pool;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestPeople people;
    @Autowired
    BoardService board;
    @Autowired
    ResponsibilityService responsibilities;
    @Autowired
    NegotiationService negotiations;
    @Autowired
    TestNegotiations negotiating;
    @Autowired
    CheckinService checkins;
    @Autowired
    ValuesService values;
    @Autowired
    AccessRecords records;

    @Test
    void every_table_with_a_check_constraint_takes_new_rows_after_the_pool_has_replaced_every_connection()
            throws SQLException {
        retireEveryConnection();

        TestPeople.Couple couple = people.newCouple();
        TestPeople.Person alex = couple.first();
        TestPeople.Person sam = couple.second();
        UUID pottery = people.as(alex, () -> board.add(couple.spaceId(), BoardService.Placement.MINE,
                ItemDraft.idea(ItemKind.HOBBY, "Pottery"))).id();
        people.as(alex, () -> responsibilities.propose(couple.spaceId(), new ResponsibilityDraft("Bins",
                Area.HOUSEHOLD, alex.id(), Cadence.WEEKLY, "Out on Thursday night", 10, null)));
        UUID topic = negotiating.atOptions(couple, "Holidays");
        UUID option = people.as(alex, () -> negotiations.addOption(topic, "A lake in the Alps")).options().getFirst().id();
        people.as(sam, () -> negotiations.rate(topic, option, 8));
        people.as(alex, () -> checkins.proposeRhythm(couple.spaceId(), new RhythmProposal(DayOfWeek.SUNDAY,
                LocalTime.of(19, 0), 1)));
        UUID checkin = people.as(alex, () -> checkins.start(couple.spaceId()));
        people.as(alex, () -> checkins.saveAnswers(checkin, new CheckinAnswers(7, 8, false, List.of(
                new AppreciationDraft("The pottery evening", LinkKind.ITEM, pottery, false)), null, false, null, false,
                null, false, null, false)));
        people.as(alex, () -> values.writeBoundary(couple.spaceId(), new BoundaryDraft(BoundaryKind.TIME,
                "If work runs late, I will still stop at 8", false, null), true));
        people.as(alex, () -> values.selfCheck(couple.spaceId(), BoundaryKind.TIME, Feeling.HEALTHY));
        people.as(couple.counsellor(), () -> records.opened(couple.spaceId(), AccessRecords.ReadKind.SUMMARY));
        // Email is off in this test's application, so no reminder is kept: the outbox's row goes in as its code writes it.
        jdbc.sql("""
                        insert into reminder (id, account_id, space_id, local_day, waiting, waiting_since, send_after,
                                              status, attempts, version)
                        values (?, ?, ?, current_date, 'PROPOSAL:', current_timestamp, current_timestamp, 'WAITING', 0, 0)""")
                .params(UUID.randomUUID(), sam.id(), couple.spaceId()).update();

        assertThat(tablesWithRowsOf(couple.spaceId())).containsAll(tablesWithCheckConstraints());
    }

    /** Closes every connection the pool holds and waits until the database has ended their sessions. */
    private void retireEveryConnection() throws SQLException {
        Set<String> pooled = sessionsOfEveryPooledConnection();
        pool.getHikariPoolMXBean().softEvictConnections();
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> Collections.disjoint(openSessions(), pooled));
    }

    private Set<String> sessionsOfEveryPooledConnection() throws SQLException {
        List<Connection> borrowed = new ArrayList<>();
        try {
            Set<String> ids = new HashSet<>();
            for (int i = pool.getHikariPoolMXBean().getTotalConnections(); i > 0; i--) {
                Connection connection = pool.getConnection();
                borrowed.add(connection);
                try (var statement = connection.createStatement();
                     var result = statement.executeQuery("select " + (h2() ? "session_id()" : "pg_backend_pid()"))) {
                    result.next();
                    ids.add(result.getString(1));
                }
            }
            return ids;
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
    }

    private Set<String> openSessions() {
        return Set.copyOf(jdbc.sql(h2()
                        ? "select cast(session_id as varchar) from information_schema.sessions"
                        : "select cast(pid as varchar) from pg_stat_activity")
                .query(String.class).list());
    }

    private boolean h2() {
        return pool.getJdbcUrl().startsWith("jdbc:h2:");
    }

    private Set<String> tablesWithCheckConstraints() {
        return jdbc.sql("""
                        select table_name from information_schema.table_constraints
                        where constraint_type = 'CHECK' and lower(constraint_name) like '%\\_ck' escape '\\'""")
                .query(String.class).list().stream().map(String::toLowerCase).collect(Collectors.toSet());
    }

    private Set<String> tablesWithRowsOf(UUID space) {
        String negotiationIds = "(select id from negotiation where space_id = :space)";
        String answerIds = "(select id from checkin_answer where checkin_id in (select id from checkin where space_id = :space))";
        record Count(String table, String sql) {
        }
        List<Count> counts = List.of(
                new Count("membership", "select count(*) from membership where space_id = :space"),
                new Count("invitation", "select count(*) from invitation where space_id = :space"),
                new Count("board_item", "select count(*) from board_item where space_id = :space"),
                new Count("responsibility", "select count(*) from responsibility where space_id = :space"),
                new Count("negotiation", "select count(*) from negotiation where space_id = :space"),
                new Count("mirror", "select count(*) from mirror where negotiation_id in " + negotiationIds),
                new Count("option_rating", """
                        select count(*) from option_rating where option_id in
                        (select id from negotiation_option where negotiation_id in %s)""".formatted(negotiationIds)),
                new Count("checkin_rhythm", "select count(*) from checkin_rhythm where space_id = :space"),
                new Count("checkin_answer", "select count(*) from checkin_answer where id in " + answerIds),
                new Count("appreciation", "select count(*) from appreciation where answer_id in " + answerIds),
                new Count("boundary", "select count(*) from boundary where space_id = :space"),
                new Count("self_check", "select count(*) from self_check where space_id = :space"),
                new Count("reminder", "select count(*) from reminder where space_id = :space"),
                new Count("consent_event", "select count(*) from consent_event where space_id = :space"),
                new Count("counsellor_read", "select count(*) from counsellor_read where space_id = :space"));
        return counts.stream()
                .filter(count -> jdbc.sql(count.sql()).param("space", space).query(Long.class).single() > 0)
                .map(Count::table).collect(Collectors.toSet());
    }
}
