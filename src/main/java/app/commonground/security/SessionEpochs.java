package app.commonground.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Each account's session epoch, kept in the database so every app server sees it: a sign-in (session or
 * "stay signed in" cookie) made in an earlier epoch is over. Signing out and changing the password move it on.
 */
@Component
public class SessionEpochs {

    private final JdbcClient jdbc;

    SessionEpochs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends every session and cookie of this person, on every server. */
    public void endAllOf(UUID accountId) {
        jdbc.sql("update account set session_epoch = session_epoch + 1 where id = ?").param(accountId).update();
    }

    /** The account's epoch now; empty if the account is gone. */
    Optional<Integer> current(UUID accountId) {
        return jdbc.sql("select session_epoch from account where id = ?").param(accountId).query(Integer.class).optional();
    }

    /** The epochs of these accounts now, in one query; accounts that are gone are missing. */
    Map<UUID, Integer> current(Collection<UUID> accountIds) {
        Map<UUID, Integer> epochs = new HashMap<>();
        if (!accountIds.isEmpty()) {
            jdbc.sql("select id, session_epoch from account where id in (:ids)").param("ids", accountIds)
                    .query((row, number) -> epochs.put(row.getObject(1, UUID.class), row.getInt(2))).list();
        }
        return epochs;
    }
}
