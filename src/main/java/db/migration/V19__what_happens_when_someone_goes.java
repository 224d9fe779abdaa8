package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every foreign key now says what happens when the row it points to goes, so that a person can leave and
 * delete their account, and a space whose last partner left can be deleted whole:
 * <ul>
 *     <li>to a space, and to a negotiation, check-in, answer, option or membership inside it: the rows go
 *     with it;</li>
 *     <li>to an account: what was only that person's goes with them (their membership, own goals and
 *     responsibilities, drafts, answers, boundaries, self-checks and values, a counsellor's notes); what they
 *     did on shared things stays for the others and loses their name (the column is emptied: "a former
 *     member").</li>
 * </ul>
 * The keys were created without names, which H2 and PostgreSQL make up differently, so they are found through
 * the driver's metadata, dropped and made again with names and rules. An account key not listed here stops the
 * migration: each one needs a decision.
 */
public class V19__what_happens_when_someone_goes extends BaseJavaMigration {

    private static final Set<String> SET_NULL = Set.of(
            "invitation.used_by",
            "board_item.created_by", "board_item.updated_by",
            "activity.actor_id",
            "responsibility.proposed_by", "responsibility.agreed_by", "responsibility.hand_over_to",
            "negotiation.opened_by", "negotiation.proposed_by", "negotiation.declined_by",
            "mirror.listener_id", "negotiation_option.proposed_by",
            "checkin_rhythm.proposed_by", "checkin_rhythm.agreed_by", "checkin.started_by", "checkin_issue.raised_by",
            "shared_value.proposed_by", "shared_value.agreed_by",
            "consent_event.actor_id", "consent_event.counsellor_id",
            "counsellor_read.counsellor_id", "counselling_session.counsellor_id",
            "checkin_issue.negotiation_id", "boundary.negotiation_id", "counsellor_note.session_id");

    private static final Set<String> CASCADE_FROM_ACCOUNT = Set.of(
            "membership.account_id", "invitation.created_by", "board_item.owner_id", "responsibility.owner_id",
            "draft_position.partner_id", "mirror.speaker_id", "option_rating.partner_id", "consent.partner_id",
            "screen_presence.account_id", "checkin_answer.partner_id", "boundary.author_id", "self_check.partner_id",
            "values_pick.partner_id", "counsellor_note.counsellor_id");

    private record Key(String name, String table, String column, String target) {
        String id() {
            return table + "." + column;
        }
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<Key> keys = foreignKeys(connection);
        try (Statement sql = connection.createStatement()) {
            for (Key key : keys) {
                String rule = rule(key);
                if (rule.equals("set null")) {
                    sql.execute("alter table " + key.table() + " alter column " + key.column() + " drop not null");
                }
                sql.execute("alter table " + key.table() + " drop constraint " + key.name());
                sql.execute("alter table " + key.table() + " add constraint " + key.table() + "_" + key.column()
                        + "_fk foreign key (" + key.column() + ") references " + key.target() + " (id) on delete " + rule);
            }
            // Deleting an account empties its lines' actor: without an index that reads the whole activity.
            sql.execute("create index activity_actor_idx on activity (actor_id)");
            sql.execute("alter table membership drop constraint membership_status_ck");
            sql.execute("alter table membership add constraint membership_status_ck "
                    + "check (status in ('ACTIVE', 'PENDING', 'DECLINED', 'REVOKED', 'LEFT'))");
            sql.execute("alter table consent_event drop constraint consent_event_change_ck");
            sql.execute("alter table consent_event add constraint consent_event_change_ck check (change in "
                    + "('INVITED', 'ASKED', 'APPROVED', 'DECLINED', 'REVOKED', 'AWAITS_NEW_PARTNER', 'ENDED'))");
        }
    }

    private static String rule(Key key) {
        if (SET_NULL.contains(key.id())) {
            return "set null";
        }
        if (!key.target().equals("account") || CASCADE_FROM_ACCOUNT.contains(key.id())) {
            return "cascade";
        }
        throw new IllegalStateException("No rule for " + key.id() + " when its account is deleted");
    }

    private static List<Key> foreignKeys(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        List<Key> keys = new ArrayList<>();
        for (String table : tables) {
            try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
                while (rows.next()) {
                    keys.add(new Key(rows.getString("FK_NAME"), lower(table), lower(rows.getString("FKCOLUMN_NAME")),
                            lower(rows.getString("PKTABLE_NAME"))));
                }
            }
        }
        return keys;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

}
