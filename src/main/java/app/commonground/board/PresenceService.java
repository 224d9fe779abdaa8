package app.commonground.board;

import app.commonground.base.Transactions;
import app.commonground.base.live.ModelChanged;
import app.commonground.base.live.SpaceBroadcaster;
import app.commonground.base.live.SpaceChange;
import app.commonground.base.live.SpacePart;
import app.commonground.base.live.ThisServer;
import app.commonground.space.SpaceAccess;
import app.commonground.space.SpaceService;
import jakarta.annotation.PreDestroy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Who has which space open right now, screen by screen, and which item each screen is editing. One person
 * with two tabs open is present once, and stays present until their last screen closes.
 * <p>
 * Kept in the database, so people whose screens are served by different app servers see each other. Each
 * server renews its own screens every {@link #RENEWAL}; the screens of a server that stopped without
 * closing them disappear after {@link #EXPIRY}.
 */
@Service
public class PresenceService implements SpacePart<Presence> {

    static final Duration RENEWAL = Duration.ofSeconds(20);
    static final Duration EXPIRY = Duration.ofSeconds(65);

    private final SpaceAccess access;
    private final SpaceService spaces;
    private final ApplicationEventPublisher events;
    private final SpaceBroadcaster broadcaster;
    private final JdbcClient jdbc;
    private final Transactions transactions;
    private final Clock clock;
    private final String server;
    private volatile boolean closed;

    PresenceService(SpaceAccess access, SpaceService spaces, ApplicationEventPublisher events,
                    SpaceBroadcaster broadcaster, JdbcClient jdbc, Transactions transactions, Clock clock,
                    ThisServer server) {
        this.access = access;
        this.spaces = spaces;
        this.events = events;
        this.broadcaster = broadcaster;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.server = server.id();
    }

    /**
     * Marks the caller present in the space through one screen.
     *
     * @param screenKey identifies the screen (browser tab) the caller opened the space in
     */
    public void enter(UUID spaceId, String screenKey) {
        UUID accountId = access.requireReader(spaceId).accountId();
        transactions.write(() -> {
            jdbc.sql("delete from screen_presence where screen_key = ?").param(screenKey).update();
            jdbc.sql("""
                            insert into screen_presence (screen_key, space_id, account_id, server_id, seen_at)
                            values (?, ?, ?, ?, ?)""")
                    .params(screenKey, spaceId, accountId, server, now()).update();
            seen("space_id = ? and account_id = ?", spaceId, accountId);
            return changed(spaceId, presence -> presence.entered(screenKey, accountId));
        });
    }

    /** Marks that the caller's screen has this item's editor open. Partners only. */
    public void startEditing(UUID spaceId, String screenKey, UUID itemId) {
        access.requireEditor(spaceId);
        markEditing(spaceId, screenKey, itemId);
    }

    /** Marks that the caller's screen closed its editor. Needs no check, like {@link #leave}. */
    public void stopEditing(UUID spaceId, String screenKey) {
        markEditing(spaceId, screenKey, null);
    }

    /**
     * Marks a screen closed. Needs no access check: it only removes what {@link #enter} put under a
     * key that only that screen knows, and it also runs when a session ends with nobody signed in.
     */
    public void leave(UUID spaceId, String screenKey) {
        if (closed) {
            return;
        }
        transactions.write(() -> jdbc.sql("delete from screen_presence where screen_key = ? and space_id = ?")
                .params(screenKey, spaceId).update() > 0 && changed(spaceId, presence -> presence.left(screenKey)));
    }

    /**
     * Who has the space open (partners first, each person once) and which items have an editor open, and
     * whose, by the same projection as the screens. Members only.
     */
    public SpacePresence presence(UUID spaceId) {
        return transactions.read(() -> {
            SpaceService.Membered space = spaces.members(spaceId);
            return PresenceProjection.of(load(spaceId), space.members());
        });
    }

    /** Renews this server's screens and lets go of those that no server renewed in time. */
    @Scheduled(fixedDelayString = "${common-ground.presence.renewal:20s}")
    void renew() {
        transactions.write(() -> {
            jdbc.sql("update screen_presence set seen_at = ? where server_id = ?").params(now(), server).update();
            seen("exists (select 1 from screen_presence p where p.server_id = ? and p.space_id = membership.space_id "
                    + "and p.account_id = membership.account_id)", server);
            OffsetDateTime cutoff = now().minus(EXPIRY);
            List<UUID> spaces = jdbc.sql("select distinct space_id from screen_presence where seen_at < ?")
                    .param(cutoff).query(UUID.class).list();
            jdbc.sql("delete from screen_presence where seen_at < ?").param(cutoff).update();
            spaces.forEach(space -> events.publishEvent(SpaceChange.reread(space, 0, Presence.class, null)));
            return spaces;
        });
    }

    /**
     * A server that stops takes its screens with it; the people on them come back through another server.
     * Screens that close after this (sessions end after the database is gone) have nothing left to remove.
     */
    @PreDestroy
    void closeThisServersScreens() {
        closed = true;
        List<UUID> spaces = transactions.write(() -> {
            List<UUID> open = jdbc.sql("select distinct space_id from screen_presence where server_id = ?")
                    .param(server).query(UUID.class).list();
            jdbc.sql("delete from screen_presence where server_id = ?").param(server).update();
            return open;
        });
        spaces.forEach(space -> broadcaster.tellOthers(new ModelChanged(space, server, 0, 0,
                List.of(new ModelChanged.Touched(Presence.class.getName(), null)))));
    }

    @Override
    public Class<Presence> type() {
        return Presence.class;
    }

    /** The screens of the space that some server renewed in time. */
    @Override
    public Presence load(UUID spaceId) {
        return new Presence(jdbc.sql("""
                        select screen_key, account_id, editing_item_id from screen_presence
                        where space_id = ? and seen_at >= ? order by screen_key""")
                .params(spaceId, now().minus(EXPIRY))
                .query((row, n) -> new Presence.Screen(row.getString(1), row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class)))
                .list());
    }

    @Override
    public UnaryOperator<Presence> reread(UUID spaceId, UUID aggregateId) {
        Presence now = load(spaceId);
        return before -> now;
    }

    /** When the people with a screen open last had the space in front of them (a reminder waits until then). */
    private void seen(String which, Object... params) {
        Object[] all = new Object[params.length + 1];
        all[0] = now();
        System.arraycopy(params, 0, all, 1, params.length);
        jdbc.sql("update membership set last_seen_at = ? where " + which).params(all).update();
    }

    private void markEditing(UUID spaceId, String screenKey, UUID itemId) {
        if (closed) {
            return;
        }
        transactions.write(() -> jdbc.sql("""
                        update screen_presence set editing_item_id = ?
                        where screen_key = ? and space_id = ? and server_id = ?""")
                .params(itemId, screenKey, spaceId, server).update() > 0
                && changed(spaceId, presence -> presence.editing(screenKey, itemId)));
    }

    private boolean changed(UUID spaceId, UnaryOperator<Presence> change) {
        events.publishEvent(new SpaceChange<>(spaceId, 0, Presence.class, null, change));
        return true;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
