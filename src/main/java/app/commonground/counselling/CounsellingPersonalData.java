package app.commonground.counselling;

import app.commonground.base.personaldata.Columns;
import app.commonground.base.personaldata.PersonalData;
import app.commonground.base.live.SpaceChange;
import app.commonground.space.PartnerLeaving;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Counselling sessions in a person's export: those of their spaces, or those they recorded as a counsellor; and a
 * partner's own requests for another time for a planned session (which go when they leave the space).
 * A counsellor's notes are never part of any export: they are the counsellor's professional record, kept on
 * their notes page (and deleted with their account).
 */
@Component
@Order(9)
class CounsellingPersonalData implements PersonalData {

    /** A session held with a counsellor. */
    record SessionRecord(UUID spaceId, String space, LocalDate heldOn, boolean recordedByYou, Instant recordedAt) {
    }

    /** A partner's request for another time for a planned session. */
    record TimeRequestRecord(UUID spaceId, String space, Instant sessionStartsAt, String words, Instant askedAt) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CounsellingPersonalData(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<Section> sections() {
        return List.of(new Section("counselling-sessions", "export.section.counsellingSessions", (me, out) -> jdbc.sql("""
                        select c.space_id, s.name, c.held_on, c.counsellor_id, c.recorded_at from counselling_session c
                        join space s on s.id = c.space_id
                        where c.counsellor_id = :me or c.space_id in (%s) order by c.held_on""".formatted(Columns.PARTNER_SPACES))
                .param("me", me)
                .query((RowCallbackHandler) row -> out.accept(new SessionRecord(Columns.id(row, "space_id"), row.getString("name"),
                        Columns.date(row, "held_on"), me.equals(Columns.id(row, "counsellor_id")),
                        Columns.instant(row, "recorded_at"))))),
                new Section("session-time-requests", "export.section.sessionTimeRequests", (me, out) -> jdbc.sql("""
                        select p.space_id, s.name, p.starts_at, r.words, r.asked_at from planned_session_request r
                        join planned_session p on p.id = r.planned_session_id join space s on s.id = p.space_id
                        where r.partner_id = :me order by r.asked_at""")
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new TimeRequestRecord(Columns.id(row, "space_id"),
                                row.getString("name"), Columns.instant(row, "starts_at"), row.getString("words"),
                                Columns.instant(row, "asked_at"))))));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void partnerLeaving(PartnerLeaving leaving) {
        jdbc.sql("""
                        delete from planned_session_request where partner_id = ?
                          and planned_session_id in (select id from planned_session where space_id = ?)""")
                .params(leaving.partnerId(), leaving.spaceId()).update();
        events.publishEvent(SpaceChange.reread(leaving.spaceId(), 0, NextSession.class, null));
    }
}
