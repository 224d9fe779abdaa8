package app.commonground.base.personaldata;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading an export's columns the same way on H2 and PostgreSQL, empty columns as null. */
public final class Columns {

    /** The spaces where the person is a partner now: the shared things they may take. */
    public static final String PARTNER_SPACES =
            "select space_id from membership where account_id = :me and role = 'PARTNER' and status = 'ACTIVE'";

    private Columns() {
    }

    /**
     * Stored wording with a person's name taken out where it stands as a word of its own ("Al" leaves "Also"
     * and "Alex" alone), for the few sentences stored before names were ids.
     */
    public static String withoutName(String text, String name, String instead) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text)
                .replaceAll(Matcher.quoteReplacement(instead));
    }

    /**
     * Takes a person's name out of one text column of the rows of their spaces ({@code table} and {@code column}
     * are the caller's own, never input), row by row.
     */
    public static void forgetName(JdbcClient jdbc, String table, String column, UUID personId, String name,
                                  String instead) {
        jdbc.sql("select id, " + column + " from " + table + " where " + column + " is not null"
                        + " and space_id in (select space_id from membership where account_id = ?)")
                .param(personId)
                .query((row, number) -> Map.entry(row.getObject(1, UUID.class), row.getString(2))).list().stream()
                .filter(text -> !withoutName(text.getValue(), name, instead).equals(text.getValue()))
                .forEach(text -> jdbc.sql("update " + table + " set " + column + " = ?, version = version + 1 where id = ?")
                        .params(withoutName(text.getValue(), name, instead), text.getKey()).update());
    }

    public static UUID id(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static Integer number(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
