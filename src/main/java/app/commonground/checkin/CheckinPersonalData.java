package app.commonground.checkin;

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

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Check-ins and a person's rights over them: their own answers (unsubmitted too), appreciations and the
 * issues they raised go into their export, never the partner's answers. When a partner leaves, their answers go
 * with them and an open check-in closes (the other keeps their own answers); the issues they raised stay.
 */
@Component
@Order(6)
class CheckinPersonalData implements PersonalData {

    /** The person's answers to one check-in; each {@code …Shared} says whether the counsellor may see it. */
    record AnswerRecord(UUID checkinId, UUID spaceId, String space, Instant checkinStartedAt, Integer connection,
                        Integer showedUp, boolean ratingsShared, String newInformation, boolean newInformationShared,
                        String puzzledOrWorried, boolean puzzledShared, String feltHeavy, boolean heavyShared,
                        String wish, boolean wishShared, Instant submittedAt, String ownPlan, String togetherPlan) {
    }

    /** One appreciation the person wrote in a check-in. */
    record AppreciationRecord(UUID checkinId, int position, String words, String about, boolean shared) {
    }

    /** An issue the person raised in a check-in. */
    record IssueRecord(UUID checkinId, String title, String words, Instant raisedAt, UUID negotiationId) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckinPersonalData(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<Section> sections() {
        return List.of(
                new Section("checkin-answers", "export.section.checkinAnswers", (me, out) -> jdbc.sql("""
                                select a.*, c.space_id, c.started_at, c.together_plan, s.name as space_name
                                from checkin_answer a join checkin c on c.id = a.checkin_id join space s on s.id = c.space_id
                                where a.partner_id = :me order by c.started_at""")
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new AnswerRecord(Columns.id(row, "checkin_id"), Columns.id(row, "space_id"),
                                row.getString("space_name"), Columns.instant(row, "started_at"),
                                Columns.number(row, "connection"), Columns.number(row, "showed_up"),
                                row.getBoolean("ratings_shared"), row.getString("new_info"), row.getBoolean("new_info_shared"),
                                row.getString("puzzled"), row.getBoolean("puzzled_shared"), row.getString("heavy"),
                                row.getBoolean("heavy_shared"), row.getString("wish"), row.getBoolean("wish_shared"),
                                Columns.instant(row, "submitted_at"), row.getString("own_plan"),
                                row.getString("together_plan"))))),
                new Section("appreciations", "export.section.appreciations", (me, out) -> jdbc.sql("""
                                select a.checkin_id, p.sort_order, p.words, p.link_kind, p.shared
                                from appreciation p join checkin_answer a on a.id = p.answer_id
                                join checkin c on c.id = a.checkin_id
                                where a.partner_id = :me order by c.started_at, p.sort_order""")
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new AppreciationRecord(Columns.id(row, "checkin_id"),
                                row.getInt("sort_order") + 1, row.getString("words"), row.getString("link_kind"),
                                row.getBoolean("shared"))))),
                new Section("checkin-issues", "export.section.checkinIssues", (me, out) -> jdbc.sql("""
                                select checkin_id, title, words, raised_at, negotiation_id from checkin_issue
                                where raised_by = :me order by raised_at""")
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new IssueRecord(Columns.id(row, "checkin_id"), row.getString("title"),
                                row.getString("words"), Columns.instant(row, "raised_at"),
                                Columns.id(row, "negotiation_id"))))));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void partnerLeaving(PartnerLeaving leaving) {
        jdbc.sql("delete from checkin_answer where partner_id = ? and checkin_id in (select id from checkin where space_id = ?)")
                .params(leaving.partnerId(), leaving.spaceId()).update();
        jdbc.sql("update checkin set closed_at = ?, version = version + 1 where space_id = ? and closed_at is null")
                .params(Timestamp.from(clock.instant()), leaving.spaceId()).update();
        events.publishEvent(SpaceChange.reread(leaving.spaceId(), 0, Checkins.class, null));
    }
}
