package app.commonground.space;

import app.commonground.base.live.SpaceChange;
import app.commonground.base.live.SpacePart;
import app.commonground.base.live.SpaceRevisions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;

/** Reads the space's name and people for its live model, and its revision. */
@Component
class MembersPart implements SpacePart<SpaceMembers>, SpaceRevisions {

    private static final String ANSWERS = """
            select m.space_id, m.account_id, c.partner_id, c.approved from consent c
            join membership m on m.id = c.membership_id""";

    private final SpaceRepository spaces;
    private final MembershipRepository memberships;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    MembersPart(SpaceRepository spaces, MembershipRepository memberships, JdbcClient jdbc,
                ApplicationEventPublisher events) {
        this.events = events;
        this.spaces = spaces;
        this.memberships = memberships;
        this.jdbc = jdbc;
    }

    @Override
    public Class<SpaceMembers> type() {
        return SpaceMembers.class;
    }

    @Override
    public SpaceMembers load(UUID spaceId) {
        Optional<String> named = spaces.findById(spaceId).map(Space::name);
        if (named.isEmpty()) {
            return new SpaceMembers(spaceId, "", List.of());
        }
        List<Answer> answers = jdbc.sql(ANSWERS + " where m.space_id = :spaceId and m.status = 'PENDING'")
                .param("spaceId", spaceId).query(MembersPart::answer).list();
        return members(spaceId, named.get(), memberships.findEveryoneOf(spaceId), answers);
    }

    /** Several spaces' names and people at once, in three reads however many spaces: for an overview of them. */
    Map<UUID, SpaceMembers> loadAll(Collection<UUID> spaceIds) {
        if (spaceIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<MemberRow>> rows = memberships.findEveryoneIn(spaceIds).stream()
                .collect(Collectors.groupingBy(MemberRow::spaceId));
        Map<UUID, List<Answer>> answers = jdbc.sql(ANSWERS + " where m.space_id in (:spaceIds) and m.status = 'PENDING'")
                .param("spaceIds", spaceIds).query(MembersPart::answer).list().stream()
                .collect(Collectors.groupingBy(Answer::spaceId));
        return spaces.findAllById(spaceIds).stream().collect(Collectors.toUnmodifiableMap(Space::id,
                space -> members(space.id(), space.name(), rows.getOrDefault(space.id(), List.of()),
                        answers.getOrDefault(space.id(), List.of()))));
    }

    private static Answer answer(ResultSet row, int n) throws SQLException {
        return new Answer(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, UUID.class),
                row.getBoolean(4));
    }

    private static SpaceMembers members(UUID spaceId, String name, List<MemberRow> everyone, List<Answer> answers) {
        return new SpaceMembers(spaceId, name, everyone.stream()
                .map(row -> new SpaceMembers.Person(row.accountId(), row.name(), row.role(), row.status(),
                        answers.stream().filter(a -> a.counsellor().equals(row.accountId())).map(Answer::partner).toList(),
                        answers.stream().filter(a -> a.counsellor().equals(row.accountId()) && a.approved())
                                .map(Answer::partner).toList()))
                .toList());
    }

    /** A partner's answer to a counsellor waiting for consent. */
    private record Answer(UUID spaceId, UUID counsellor, UUID partner, boolean approved) {
    }

    @Override
    public UnaryOperator<SpaceMembers> reread(UUID spaceId, UUID aggregateId) {
        SpaceMembers now = load(spaceId);
        return before -> now;
    }

    /** A counsellor's access or a partner's joining changes who is in the space: its models read them again. */
    @EventListener
    void counsellorAccessChanged(CounsellorAccessChanged changed) {
        events.publishEvent(SpaceChange.reread(changed.spaceId(), 0, SpaceMembers.class, null));
    }

    @EventListener
    void partnerJoined(PartnerJoined joined) {
        events.publishEvent(SpaceChange.reread(joined.spaceId(), 0, SpaceMembers.class, null));
    }

    @Override
    public long current(UUID spaceId) {
        return jdbc.sql("select revision from space where id = ?").param(spaceId).query(Long.class).optional()
                .orElse(0L);
    }

    /** Counts one more revision of the space's content, in the caller's transaction, and returns it. */
    long next(UUID spaceId) {
        jdbc.sql("update space set revision = revision + 1 where id = ?").param(spaceId).update();
        return current(spaceId);
    }
}
