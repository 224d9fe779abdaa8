package app.commonground.activity;

import app.commonground.account.AccountClosing;
import app.commonground.base.live.SpaceChange;
import app.commonground.base.personaldata.Columns;
import app.commonground.base.personaldata.PersonalData;
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
 * The activity and a person's rights over it: every line they are the actor of, or that names them, goes into
 * their export, read as it streams. When an account is deleted its lines stay for the others without its
 * name: the actor is emptied by the database's key; a line that names them as the other person keeps an id that
 * no longer leads to anyone ("a former member"), so "asked … to take over" still reads right; old sentences lose
 * the name here.
 */
@Component
@Order(8)
class ActivityPersonalData implements PersonalData {

    /** A line of a space's activity: what happened ({@link ActivityKind}), its subject's title and details as then. */
    record ActivityRecord(UUID spaceId, String space, Instant occurredAt, String kind, boolean byYou, boolean aboutYou,
                          String subjectTitle, String details, String quote, String earlierWording) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ActivityPersonalData(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<Section> sections() {
        return List.of(new Section("activity", "export.section.activity", (me, out) -> jdbc.sql("""
                        select a.space_id, s.name as space_name, a.occurred_at, a.kind, a.actor_id, a.other_id,
                               a.subject_title, a.details, a.quote, a.description
                        from activity a join space s on s.id = a.space_id
                        where a.actor_id = :me or a.other_id = :me order by a.occurred_at""")
                .param("me", me)
                .query((RowCallbackHandler) row -> out.accept(new ActivityRecord(Columns.id(row, "space_id"), row.getString("space_name"),
                        Columns.instant(row, "occurred_at"), row.getString("kind"), me.equals(Columns.id(row, "actor_id")),
                        me.equals(Columns.id(row, "other_id")), row.getString("subject_title"), row.getString("details"),
                        row.getString("quote"), row.getString("description"))))));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void accountClosing(AccountClosing closing) {
        List<UUID> spaces = jdbc.sql("select space_id from membership where account_id = ?").param(closing.accountId())
                .query(UUID.class).list();
        Columns.forgetName(jdbc, "activity", "description", closing.accountId(), closing.name(), "a former member");
        spaces.forEach(space -> events.publishEvent(SpaceChange.reread(space, 0, RecentActivity.class, null)));
    }
}
