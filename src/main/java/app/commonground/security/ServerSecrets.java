package app.commonground.security;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Secrets that all app servers share and that survive restarts, kept in the database: the first server
 * that asks for one makes it (256 random bits), every other server and every later start reads the same.
 */
@Component
class ServerSecrets {

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    ServerSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String get(String name) {
        return read(name).orElseGet(() -> {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            try {
                jdbc.sql("insert into server_secret (name, secret) values (?, ?)")
                        .params(name, HexFormat.of().formatHex(bytes)).update();
            } catch (DuplicateKeyException anotherServerWasFirst) {
                // then its secret is the one
            }
            return read(name).orElseThrow();
        });
    }

    private Optional<String> read(String name) {
        return jdbc.sql("select secret from server_secret where name = ?").param(name).query(String.class).optional();
    }
}
