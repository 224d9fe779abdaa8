package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the kind and the few words of each activity line stored as a sentence before lines were structured
 * (V13): "added the shared goal “Save for Japan”" becomes ITEM_ADDED, "Save for Japan", GOAL and SHARED; a
 * person named in the sentence becomes their id. The sentence is then dropped. A sentence that matches none of
 * the forms the product ever wrote stays as it was, as an EARLIER line.
 */
public class V14__activity_kinds_from_sentences extends BaseJavaMigration {

    /** What one stored sentence says, read. */
    public record Read(String kind, String title, String details, UUID otherId, String quote) {
    }

    private record Form(Pattern pattern, BiFunction<Matcher, Map<String, UUID>, Read> read) {
    }

    private static final List<Form> FORMS = new ArrayList<>();

    private static void form(String regex, BiFunction<Matcher, Map<String, UUID>, Read> read) {
        FORMS.add(new Form(Pattern.compile(regex), read));
    }

    private static Read item(String kind, Matcher m, String... more) {
        String details = m.group(1).toUpperCase() + (more.length == 0 ? "" : "," + String.join(",", more));
        return new Read(kind, m.group(2), details, null, null);
    }

    static {
        form("^added the shared (goal|hobby) “(.*)”$", (m, n) -> item("ITEM_ADDED", m, "SHARED"));
        form("^added the (goal|hobby) “(.*)”$", (m, n) -> item("ITEM_ADDED", m));
        form("^updated the (goal|hobby) “(.*)”$", (m, n) -> item("ITEM_UPDATED", m));
        form("^marked the (goal|hobby) “(.*)” achieved$", (m, n) -> item("ITEM_ACHIEVED", m));
        form("^set the (goal|hobby) “(.*)” to (idea|active|paused)$",
                (m, n) -> item("ITEM_STATUS_SET", m, m.group(3).toUpperCase()));
        form("^moved the (goal|hobby) “(.*)” to Us$", (m, n) -> item("ITEM_MOVED_TO_SHARED", m));
        form("^took the shared (goal|hobby) “(.*)” into their own column$", (m, n) -> item("ITEM_TAKEN_INTO_OWN", m));
        form("^archived the (goal|hobby) “(.*)”$", (m, n) -> item("ITEM_ARCHIVED", m));
        form("^restored the (goal|hobby) “(.*)”$", (m, n) -> item("ITEM_RESTORED", m));
        form("^proposed “(.*)” \\((.*), (\\d+) min a week\\)$", (m, n) -> new Read("RESPONSIBILITY_PROPOSED",
                m.group(1), m.group(3), m.group(2).equals("Both of you") ? null : n.get(m.group(2)), null));
        form("^changed (.*) for “(.*?)”$", (m, n) -> new Read("RESPONSIBILITY_CHANGED", m.group(2),
                changes(m.group(1)), null, null));
        form("^agreed to “(.*)”$", (m, n) -> new Read("RESPONSIBILITY_AGREED", m.group(1), null, null, null));
        form("^asked (.*) to take over “(.*)”$", (m, n) -> new Read("HAND_OVER_ASKED", m.group(2), null,
                n.get(m.group(1)), null));
        form("^took over “(.*)” from (.*)$", (m, n) -> new Read("HAND_OVER_ACCEPTED", m.group(1), null,
                n.get(m.group(2)), null));
        form("^declined to take over “(.*)”$", (m, n) -> new Read("HAND_OVER_DECLINED", m.group(1), null, null, null));
        form("^opened a negotiation about “(.*)”$", (m, n) -> new Read("NEGOTIATION_OPENED", m.group(1), null, null, null));
        step("is ready too: both positions are revealed", "POSITIONS_REVEALED");
        step("marked their draft ready", "DRAFT_READY");
        step("took back their “ready”", "DRAFT_NOT_READY");
        step("restated their partner's core needs", "RESTATED");
        step("confirmed: “yes, you got it”", "RESTATEMENT_CONFIRMED");
        step("asked for another try: “not quite”", "RESTATEMENT_NOT_QUITE");
        step("declined the proposed outcome", "OUTCOME_DECLINED");
        form("^rated the option in “(.*)”$", (m, n) -> new Read("OPTIONS_RATED", m.group(1), "1", null, null));
        form("^rated an option in “(.*)”$", (m, n) -> new Read("OPTIONS_RATED", m.group(1), "AN", null, null));
        form("^rated all (\\d+) options in “(.*)”$", (m, n) -> new Read("OPTIONS_RATED", m.group(2), m.group(1), null, null));
        form("^added an option: “(.*)” in “(.*?)”$", (m, n) -> new Read("OPTION_ADDED", m.group(2), null, null, m.group(1)));
        form("^proposed “(.*)” as the outcome in “(.*?)”$", (m, n) -> new Read("OUTCOME_PROPOSED", m.group(2), null, null, m.group(1)));
        form("^signed: “(.*)” is agreed in “(.*?)”$", (m, n) -> new Read("OUTCOME_SIGNED", m.group(2), null, null, m.group(1)));
        space("invited a counsellor to observe the space", "COUNSELLOR_INVITED");
        space("asked to observe the space, waiting for both partners' consent", "COUNSELLOR_ASKED");
        space("joined the space", "PARTNER_JOINED");
        form("^approved (.*) as an observer$", (m, n) -> named("COUNSELLOR_APPROVED", m, n));
        form("^declined (.*) as an observer$", (m, n) -> named("COUNSELLOR_DECLINED", m, n));
        form("^ended (.*)'s access to the space$", (m, n) -> named("COUNSELLOR_REVOKED", m, n));
        form("^is asked to approve (.*), who observes again once they do$", (m, n) -> named("COUNSELLOR_AWAITS_NEW_PARTNER", m, n));
    }

    private static void step(String words, String kind) {
        form("^" + Pattern.quote(words) + " in “(.*)”$", (m, n) -> new Read(kind, m.group(1), null, null, null));
    }

    private static void space(String words, String kind) {
        form("^" + Pattern.quote(words) + "$", (m, n) -> new Read(kind, null, null, null, null));
    }

    /** A counsellor named by a name nobody in the space has is not read: the line keeps its sentence. */
    private static Read named(String kind, Matcher m, Map<String, UUID> names) {
        UUID person = names.get(m.group(1));
        return person == null ? null : new Read(kind, null, null, person, null);
    }

    private static String changes(String what) {
        List<String> codes = new ArrayList<>();
        if (what.contains("the owner from ")) {
            codes.add("OWNER");
        }
        if (what.contains("“done means” from ")) {
            codes.add("DONE_MEANS");
        }
        if (what.contains("the estimate from ")) {
            codes.add("MINUTES");
        }
        return codes.isEmpty() ? null : String.join(",", codes);
    }

    /**
     * What a stored sentence says; none if it matches no form the product wrote.
     *
     * @param names the space's people by name
     */
    public static Optional<Read> read(String sentence, Map<String, UUID> names) {
        for (Form form : FORMS) {
            Matcher matcher = form.pattern().matcher(sentence);
            if (matcher.matches()) {
                return Optional.ofNullable(form.read().apply(matcher, names));
            }
        }
        return Optional.empty();
    }

    @Override
    public void migrate(Context context) throws SQLException {
        migrate(context.getConnection());
    }

    /** Reads every line still stored as a sentence. */
    public static void migrate(Connection connection) throws SQLException {
        Map<UUID, Map<String, UUID>> names = new HashMap<>();
        try (PreparedStatement lines = connection.prepareStatement(
                "select id, space_id, description from activity where kind = 'EARLIER' and description is not null");
             PreparedStatement update = connection.prepareStatement("""
                     update activity set kind = ?, subject_title = ?, details = ?, other_id = ?, quote = ?,
                     description = null where id = ?""");
             ResultSet rows = lines.executeQuery()) {
            while (rows.next()) {
                UUID space = rows.getObject(2, UUID.class);
                Map<String, UUID> people = names.computeIfAbsent(space, id -> namesIn(connection, id));
                Optional<Read> read = read(rows.getString(3), people);
                if (read.isPresent()) {
                    update.setString(1, read.get().kind());
                    update.setString(2, read.get().title());
                    update.setString(3, read.get().details());
                    update.setObject(4, read.get().otherId());
                    update.setString(5, read.get().quote());
                    update.setObject(6, rows.getObject(1, UUID.class));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }

    private static Map<String, UUID> namesIn(Connection connection, UUID space) {
        Map<String, UUID> names = new HashMap<>();
        try (PreparedStatement people = connection.prepareStatement("""
                select a.display_name, a.id from membership m join account a on a.id = m.account_id
                where m.space_id = ?""")) {
            people.setObject(1, space);
            try (ResultSet rows = people.executeQuery()) {
                while (rows.next()) {
                    names.putIfAbsent(rows.getString(1), rows.getObject(2, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
