package app.commonground.responsibility;

import app.commonground.account.AccountClosing;
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
import java.util.List;
import java.util.UUID;

/**
 * The agreed list and a person's rights over it: the list of their spaces goes into their export; their own
 * responsibilities go with them when they leave, and a hand-over to them is called off; a deleted account's
 * name leaves the stored wording of the last change.
 */
@Component
@Order(4)
class ResponsibilityPersonalData implements PersonalData {

    /**
     * A responsibility of one of the person's spaces.
     *
     * @param owner {@code YOU}, {@code PARTNER} or {@code BOTH}
     */
    record ResponsibilityRecord(UUID id, UUID spaceId, String space, String title, String area, String owner,
                                String cadence, String doneMeans, int minutesPerWeek, String notes, String state,
                                boolean proposedByYou, Instant proposedAt, Instant agreedAt) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ActivityLog activity;

    ResponsibilityPersonalData(JdbcClient jdbc, ApplicationEventPublisher events, ActivityLog activity) {
        this.activity = activity;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<Section> sections() {
        return List.of(new Section("responsibilities", "export.section.responsibilities", (me, out) -> jdbc.sql("""
                        select r.*, s.name as space_name from responsibility r join space s on s.id = r.space_id
                        where r.space_id in (%s) order by s.name, r.proposed_at""".formatted(Columns.PARTNER_SPACES))
                .param("me", me)
                .query((RowCallbackHandler) row -> {
                    UUID owner = Columns.id(row, "owner_id");
                    out.accept(new ResponsibilityRecord(Columns.id(row, "id"), Columns.id(row, "space_id"),
                            row.getString("space_name"), row.getString("title"), row.getString("area"),
                            owner == null ? "BOTH" : owner.equals(me) ? "YOU" : "PARTNER", row.getString("cadence"),
                            row.getString("done_means"), row.getInt("minutes_per_week"), row.getString("notes"),
                            row.getString("state"), me.equals(Columns.id(row, "proposed_by")),
                            Columns.instant(row, "proposed_at"), Columns.instant(row, "agreed_at")));
                })));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void partnerLeaving(PartnerLeaving leaving) {
        activity.forget(leaving.spaceId(), jdbc.sql("select id from responsibility where space_id = ? and owner_id = ?")
                .params(leaving.spaceId(), leaving.partnerId()).query(UUID.class).list());
        jdbc.sql("delete from responsibility where space_id = ? and owner_id = ?")
                .params(leaving.spaceId(), leaving.partnerId()).update();
        jdbc.sql("update responsibility set hand_over_to = null, version = version + 1 where space_id = ? and hand_over_to = ?")
                .params(leaving.spaceId(), leaving.partnerId()).update();
        events.publishEvent(SpaceChange.reread(leaving.spaceId(), 0, Responsibilities.class, null));
    }

    /** "changed the owner from Alex to Sam" was stored as words: the name goes from them. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void accountClosing(AccountClosing closing) {
        Columns.forgetName(jdbc, "responsibility", "last_change", closing.accountId(), closing.name(), "a former member");
        jdbc.sql("select space_id from membership where account_id = ?").param(closing.accountId())
                .query(UUID.class).list()
                .forEach(space -> events.publishEvent(SpaceChange.reread(space, 0, Responsibilities.class, null)));
    }
}
