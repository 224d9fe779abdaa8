package app.commonground.values;

import app.commonground.activity.ActivityLog;
import app.commonground.base.live.SpaceChange;
import app.commonground.base.personaldata.Columns;
import app.commonground.base.personaldata.PersonalData;
import app.commonground.space.PartnerLeaving;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Values and boundaries and a person's rights over them: their own boundaries (drafts too), their
 * restatements of the partner's, their self-checks, their core values and the shared values of their spaces go
 * into their export. When a partner leaves, their boundaries, self-checks and core values go with them; what the
 * other partner had acknowledged by them or revealed to them goes back to waiting (a new partner restates the
 * boundaries in their own words, and sees the other's values only when both are ready again); shared values stay.
 */
@Component
@Order(7)
class ValuesPersonalData implements PersonalData {

    /** One of the person's boundaries; not yet published: a draft. The partner's restatement once written. */
    record BoundaryRecord(UUID id, UUID spaceId, String space, String kind, String words, Instant publishedAt,
                          boolean sharedWithCounsellor, LocalDate reviewDate, String partnersRestatement,
                          String status, String yourCorrection) {
    }

    /** The person's restatement of one of the partner's boundaries (its kind, not its words). */
    record RestatementRecord(UUID boundaryId, String kind, String yourRestatement, String status) {
    }

    /** How one kind of boundary feels to the person. */
    record SelfCheckRecord(UUID spaceId, String kind, String feeling) {
    }

    /** The person's core values in a space, in order. */
    record CoreValuesRecord(UUID spaceId, String values, boolean ready, boolean sharedWithCounsellor, Instant revealedAt) {
    }

    /** A value the couple share or one of them proposed. */
    record SharedValueRecord(UUID id, UUID spaceId, String name, String meaning, LocalDate reviewDate,
                             boolean proposedByYou, Instant agreedAt, boolean sharedWithCounsellor) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ActivityLog activity;

    ValuesPersonalData(JdbcClient jdbc, ApplicationEventPublisher events, ActivityLog activity) {
        this.activity = activity;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<Section> sections() {
        return List.of(
                new Section("boundaries", "export.section.boundaries", (me, out) -> jdbc.sql("""
                                select b.*, s.name as space_name from boundary b join space s on s.id = b.space_id
                                where b.author_id = :me order by s.name, b.kind""")
                        .param("me", me)
                        .query((RowCallbackHandler) row -> {
                            boolean restated = !"WRITING".equals(row.getString("status"));
                            out.accept(new BoundaryRecord(Columns.id(row, "id"), Columns.id(row, "space_id"),
                                    row.getString("space_name"), row.getString("kind"), row.getString("words"),
                                    Columns.instant(row, "published_at"), row.getBoolean("shared_with_counsellor"),
                                    Columns.date(row, "review_date"), restated ? row.getString("restatement") : null,
                                    row.getString("status"), restated ? row.getString("correction") : null));
                        })),
                new Section("boundary-restatements", "export.section.boundaryRestatements", (me, out) -> jdbc.sql("""
                                select id, kind, restatement, status from boundary
                                where author_id <> :me and restatement is not null and space_id in (%s)"""
                                .formatted(Columns.PARTNER_SPACES))
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new RestatementRecord(Columns.id(row, "id"), row.getString("kind"),
                                row.getString("restatement"), row.getString("status"))))),
                new Section("self-checks", "export.section.selfChecks", (me, out) -> jdbc.sql(
                                "select space_id, kind, feeling from self_check where partner_id = :me order by kind")
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new SelfCheckRecord(Columns.id(row, "space_id"), row.getString("kind"),
                                row.getString("feeling"))))),
                new Section("core-values", "export.section.coreValues", (me, out) -> jdbc.sql("""
                                select space_id, picks, ready, shared_with_counsellor, revealed_at from values_pick
                                where partner_id = :me""")
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new CoreValuesRecord(Columns.id(row, "space_id"), row.getString("picks"),
                                row.getBoolean("ready"), row.getBoolean("shared_with_counsellor"),
                                Columns.instant(row, "revealed_at"))))),
                new Section("shared-values", "export.section.sharedValues", (me, out) -> jdbc.sql("""
                                select * from shared_value where space_id in (%s) order by name""".formatted(Columns.PARTNER_SPACES))
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new SharedValueRecord(Columns.id(row, "id"), Columns.id(row, "space_id"),
                                row.getString("name"), row.getString("meaning"), Columns.date(row, "review_date"),
                                me.equals(Columns.id(row, "proposed_by")), Columns.instant(row, "agreed_at"),
                                row.getBoolean("shared_with_counsellor"))))));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void partnerLeaving(PartnerLeaving leaving) {
        for (String table : List.of("self_check", "values_pick")) {
            jdbc.sql("delete from " + table + " where space_id = ? and partner_id = ?")
                    .params(leaving.spaceId(), leaving.partnerId()).update();
        }
        activity.forget(leaving.spaceId(), jdbc.sql("select id from boundary where space_id = ? and author_id = ?")
                .params(leaving.spaceId(), leaving.partnerId()).query(UUID.class).list());
        jdbc.sql("delete from boundary where space_id = ? and author_id = ?")
                .params(leaving.spaceId(), leaving.partnerId()).update();
        jdbc.sql("""
                update boundary set restatement = null, correction = null, status = 'WRITING', version = version + 1
                where space_id = ? and published_at is not null""").param(leaving.spaceId()).update();
        jdbc.sql("update values_pick set ready = false, revealed_at = null, version = version + 1 where space_id = ?")
                .param(leaving.spaceId()).update();
        events.publishEvent(SpaceChange.reread(leaving.spaceId(), 0, Values.class, null));
    }
}
