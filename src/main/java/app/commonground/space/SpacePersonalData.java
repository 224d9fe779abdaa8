package app.commonground.space;

import app.commonground.base.personaldata.Columns;
import app.commonground.base.personaldata.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person's spaces and the consent they gave, or that was given about them, in their export. */
@Component
@Order(2)
class SpacePersonalData implements PersonalData {

    /** A space the person is or was in. */
    record SpaceRecord(UUID spaceId, String space, String role, String status, Instant joinedAt, Instant lastSeenAt) {
    }

    /** A partner's answer to a counsellor who asked to observe. */
    record ConsentAnswer(UUID spaceId, String space, UUID counsellorId, boolean approved, Instant decidedAt) {
    }

    /** A step of the consent history that the person took or that was about them (as the counsellor). */
    record ConsentStep(UUID spaceId, String space, String change, boolean byYou, boolean aboutYou, Instant happenedAt) {
    }

    /** A counsellor opening one of the person's spaces, or (for a counsellor) their own opening of one. */
    record VisitRecord(UUID spaceId, String space, String what, boolean byYou, Instant readAt) {
    }

    private final JdbcClient jdbc;

    SpacePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Section> sections() {
        return List.of(
                new Section("spaces", "export.section.spaces", (me, out) -> jdbc.sql("""
                                select m.space_id, s.name, m.role, m.status, m.joined_at, m.last_seen_at from membership m
                                join space s on s.id = m.space_id where m.account_id = :me order by m.joined_at""")
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new SpaceRecord(Columns.id(row, "space_id"), row.getString("name"),
                                row.getString("role"), row.getString("status"), Columns.instant(row, "joined_at"),
                                Columns.instant(row, "last_seen_at"))))),
                new Section("consent-answers", "export.section.consentAnswers", (me, out) -> jdbc.sql("""
                                select m.space_id, s.name, m.account_id, c.approved, c.decided_at from consent c
                                join membership m on m.id = c.membership_id join space s on s.id = m.space_id
                                where c.partner_id = :me order by c.decided_at""")
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new ConsentAnswer(Columns.id(row, "space_id"), row.getString("name"),
                                Columns.id(row, "account_id"), row.getBoolean("approved"),
                                Columns.instant(row, "decided_at"))))),
                new Section("consent-history", "export.section.consentHistory", (me, out) -> jdbc.sql("""
                                select e.space_id, s.name, e.change, e.actor_id, e.counsellor_id, e.happened_at
                                from consent_event e join space s on s.id = e.space_id
                                where e.actor_id = :me or e.counsellor_id = :me order by e.happened_at""")
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new ConsentStep(Columns.id(row, "space_id"), row.getString("name"),
                                row.getString("change"), me.equals(Columns.id(row, "actor_id")),
                                me.equals(Columns.id(row, "counsellor_id")), Columns.instant(row, "happened_at"))))),
                new Section("counsellor-visits", "export.section.counsellorVisits",
                        (me, out) -> jdbc.sql("""
                                        select r.space_id, s.name, r.what, r.counsellor_id, r.read_at from counsellor_read r
                                        join space s on s.id = r.space_id
                                        where r.counsellor_id = :me or r.space_id in (%s) order by r.read_at"""
                                        .formatted(Columns.PARTNER_SPACES))
                                .param("me", me)
                                .query((RowCallbackHandler) row -> out.accept(new VisitRecord(Columns.id(row, "space_id"), row.getString("name"),
                                        row.getString("what"), me.equals(Columns.id(row, "counsellor_id")),
                                        Columns.instant(row, "read_at"))))));
    }
}
