package app.commonground.negotiation;

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
 * Negotiations and a person's rights over them: each negotiation of their spaces with their own position
 * (drafts too), their restatement and the partner's restatement of them once written, and the options with their
 * own ratings go into their export. When a partner leaves, the negotiations not agreed yet end (nobody is left
 * to finish them, and a new partner must not inherit them); in the agreed ones their positions and ratings go
 * with them (and the restatements of their positions), while their restatements of the other's position and
 * their options stay with the agreement.
 */
@Component
@Order(5)
class NegotiationPersonalData implements PersonalData {

    /** A negotiation, with the person's own side of it. */
    record NegotiationRecord(UUID id, UUID spaceId, String space, String title, String situation, String step,
                             boolean openedByYou, Instant openedAt, Instant revealedAt, Instant agreedAt,
                             LocalDate reviewDate, String yourCoreNeeds, String yourFlexibleOn, Boolean yourDraftReady,
                             String yourRestatement, String restatementOfYou, String restatementStatus) {
    }

    /** An option of a negotiation, with the person's own rating (0 to 10). */
    record OptionRecord(UUID id, UUID negotiationId, String text, boolean proposedByYou, Instant createdAt,
                        Integer yourRating) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ActivityLog activity;

    NegotiationPersonalData(JdbcClient jdbc, ApplicationEventPublisher events, ActivityLog activity) {
        this.activity = activity;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<Section> sections() {
        return List.of(
                new Section("negotiations", "export.section.negotiations", (me, out) -> jdbc.sql("""
                                select n.*, s.name as space_name, d.core_needs, d.flexible, d.ready,
                                       mine.restatement as my_restatement,
                                       case when theirs.status <> 'WRITING' then theirs.restatement end as their_restatement,
                                       theirs.status as their_status
                                from negotiation n join space s on s.id = n.space_id
                                left join draft_position d on d.negotiation_id = n.id and d.partner_id = :me
                                left join mirror mine on mine.negotiation_id = n.id and mine.listener_id = :me
                                left join mirror theirs on theirs.negotiation_id = n.id and theirs.speaker_id = :me
                                where n.space_id in (%s) order by s.name, n.opened_at""".formatted(Columns.PARTNER_SPACES))
                        .param("me", me)
                        .query((RowCallbackHandler) row -> {
                            boolean drafted = row.getObject("ready") != null;
                            out.accept(new NegotiationRecord(Columns.id(row, "id"), Columns.id(row, "space_id"),
                                    row.getString("space_name"), row.getString("title"), row.getString("situation"),
                                    row.getString("step"), me.equals(Columns.id(row, "opened_by")),
                                    Columns.instant(row, "opened_at"), Columns.instant(row, "revealed_at"),
                                    Columns.instant(row, "agreed_at"), Columns.date(row, "review_date"),
                                    row.getString("core_needs"), row.getString("flexible"),
                                    drafted ? row.getBoolean("ready") : null, row.getString("my_restatement"),
                                    row.getString("their_restatement"), row.getString("their_status")));
                        })),
                new Section("negotiation-options", "export.section.negotiationOptions", (me, out) -> jdbc.sql("""
                                select o.id, o.negotiation_id, o.text, o.proposed_by, o.created_at, r.score
                                from negotiation_option o join negotiation n on n.id = o.negotiation_id
                                left join option_rating r on r.option_id = o.id and r.partner_id = :me
                                where n.space_id in (%s) order by n.opened_at, o.created_at""".formatted(Columns.PARTNER_SPACES))
                        .param("me", me)
                        .query((RowCallbackHandler) row -> out.accept(new OptionRecord(Columns.id(row, "id"), Columns.id(row, "negotiation_id"),
                                row.getString("text"), me.equals(Columns.id(row, "proposed_by")),
                                Columns.instant(row, "created_at"), Columns.number(row, "score"))))));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void partnerLeaving(PartnerLeaving leaving) {
        List<UUID> unfinished = jdbc.sql("select id from negotiation where space_id = ? and step <> 'AGREED'")
                .param(leaving.spaceId()).query(UUID.class).list();
        activity.forget(leaving.spaceId(), unfinished);
        jdbc.sql("delete from negotiation where space_id = ? and step <> 'AGREED'").param(leaving.spaceId()).update();
        String ofTheSpace = " and negotiation_id in (select id from negotiation where space_id = ?)";
        jdbc.sql("delete from draft_position where partner_id = ?" + ofTheSpace)
                .params(leaving.partnerId(), leaving.spaceId()).update();
        jdbc.sql("delete from mirror where speaker_id = ?" + ofTheSpace)
                .params(leaving.partnerId(), leaving.spaceId()).update();
        jdbc.sql("""
                delete from option_rating where partner_id = ? and option_id in
                (select o.id from negotiation_option o join negotiation n on n.id = o.negotiation_id where n.space_id = ?)""")
                .params(leaving.partnerId(), leaving.spaceId()).update();
        events.publishEvent(SpaceChange.reread(leaving.spaceId(), 0, Negotiations.class, null));
    }
}
