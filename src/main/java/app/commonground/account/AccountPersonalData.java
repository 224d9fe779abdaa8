package app.commonground.account;

import app.commonground.base.personaldata.Columns;
import app.commonground.base.personaldata.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The account itself in a person's export (never its password, not even hashed). */
@Component
@Order(1)
class AccountPersonalData implements PersonalData {

    /** The person's account. */
    record AccountRecord(UUID id, String email, String name, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    AccountPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Section> sections() {
        return List.of(new Section("account", "export.section.account", (me, out) -> jdbc
                .sql("select id, email, display_name, created_at from account where id = :me").param("me", me)
                .query((RowCallbackHandler) row -> out.accept(new AccountRecord(Columns.id(row, "id"), row.getString("email"),
                        row.getString("display_name"), Columns.instant(row, "created_at"))))));
    }
}
