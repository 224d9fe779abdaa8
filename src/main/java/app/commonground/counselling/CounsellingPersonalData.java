package app.commonground.counselling;

import app.commonground.base.personaldata.Columns;
import app.commonground.base.personaldata.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Counselling sessions in a person's export: those of their spaces, or those they recorded as a counsellor.
 * A counsellor's notes are never part of any export: they are the counsellor's professional record, kept on
 * their notes page (and deleted with their account).
 */
@Component
@Order(9)
class CounsellingPersonalData implements PersonalData {

    /** A session held with a counsellor. */
    record SessionRecord(UUID spaceId, String space, LocalDate heldOn, boolean recordedByYou, Instant recordedAt) {
    }

    private final JdbcClient jdbc;

    CounsellingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Section> sections() {
        return List.of(new Section("counselling-sessions", "Counselling sessions", (me, out) -> jdbc.sql("""
                        select c.space_id, s.name, c.held_on, c.counsellor_id, c.recorded_at from counselling_session c
                        join space s on s.id = c.space_id
                        where c.counsellor_id = :me or c.space_id in (%s) order by c.held_on""".formatted(Columns.PARTNER_SPACES))
                .param("me", me)
                .query((RowCallbackHandler) row -> out.accept(new SessionRecord(Columns.id(row, "space_id"), row.getString("name"),
                        Columns.date(row, "held_on"), me.equals(Columns.id(row, "counsellor_id")),
                        Columns.instant(row, "recorded_at"))))));
    }
}
