package app.commonground;

import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether a session of the test database waits for a lock another one holds: the event a test waits for to know
 * that a step reached a lock, on H2 and on PostgreSQL alike.
 */
public final class LockWaits {

    private final JdbcClient jdbc;
    private final String waiting;

    public LockWaits(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.waiting = postgres(dataSource)
                ? "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
    }

    /** Whether some session waits for a lock now. */
    public boolean someoneWaits() {
        return jdbc.sql(waiting).query(Long.class).single() > 0;
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
