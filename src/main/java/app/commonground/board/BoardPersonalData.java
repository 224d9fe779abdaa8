package app.commonground.board;

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
 * The board and a person's rights over it: their own goals and hobbies and the shared ones go into their
 * export; their own go with them when they leave (an account's deletion takes them by the database's keys).
 */
@Component
@Order(3)
class BoardPersonalData implements PersonalData {

    /** A goal or hobby of the person's own, or shared by both partners. */
    record GoalOrHobby(UUID id, UUID spaceId, String space, boolean shared, String kind, String title, String notes,
                       String status, LocalDate targetDate, String support, Instant achievedAt, Instant archivedAt,
                       boolean hiddenFromCounsellor, boolean addedByYou, Instant createdAt, Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ActivityLog activity;

    BoardPersonalData(JdbcClient jdbc, ApplicationEventPublisher events, ActivityLog activity) {
        this.activity = activity;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<Section> sections() {
        return List.of(new Section("goals-and-hobbies", "export.section.goalsAndHobbies", (me, out) -> jdbc
                .sql("""
                        select i.*, s.name as space_name from board_item i join space s on s.id = i.space_id
                        where (i.owner_id = :me or (i.owner_id is null and i.space_id in (%s)))
                        order by s.name, i.created_at""".formatted(Columns.PARTNER_SPACES))
                .param("me", me)
                .query((RowCallbackHandler) row -> out.accept(new GoalOrHobby(Columns.id(row, "id"), Columns.id(row, "space_id"),
                        row.getString("space_name"), Columns.id(row, "owner_id") == null, row.getString("kind"),
                        row.getString("title"), row.getString("notes"), row.getString("status"),
                        Columns.date(row, "target_date"), row.getString("support"), Columns.instant(row, "achieved_at"),
                        Columns.instant(row, "archived_at"), row.getBoolean("hidden_from_counsellor"),
                        me.equals(Columns.id(row, "created_by")), Columns.instant(row, "created_at"),
                        Columns.instant(row, "updated_at"))))));
    }

    /** A partner's own goals and hobbies go with them, and so do their screens there. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void partnerLeaving(PartnerLeaving leaving) {
        activity.forget(leaving.spaceId(), jdbc.sql("select id from board_item where space_id = ? and owner_id = ?")
                .params(leaving.spaceId(), leaving.partnerId()).query(UUID.class).list());
        jdbc.sql("delete from board_item where space_id = ? and owner_id = ?")
                .params(leaving.spaceId(), leaving.partnerId()).update();
        jdbc.sql("delete from screen_presence where space_id = ? and account_id = ?")
                .params(leaving.spaceId(), leaving.partnerId()).update();
        events.publishEvent(SpaceChange.reread(leaving.spaceId(), 0, Board.class, null));
        events.publishEvent(SpaceChange.reread(leaving.spaceId(), 0, Presence.class, null));
    }
}
