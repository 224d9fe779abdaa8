package app.commonground.space;

import app.commonground.base.InputRules;
import app.commonground.security.CurrentUser;
import app.commonground.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Creating couple spaces and reading who belongs to them. */
@Service
public class SpaceService {

    private final SpaceRepository spaces;
    private final MembershipRepository memberships;
    private final SpaceAccess access;
    private final CurrentUser currentUser;
    private final InputRules rules;
    private final Clock clock;
    private final MembersPart membersPart;

    SpaceService(SpaceRepository spaces, MembershipRepository memberships, SpaceAccess access,
                 CurrentUser currentUser, InputRules rules, Clock clock, MembersPart membersPart) {
        this.membersPart = membersPart;
        this.spaces = spaces;
        this.memberships = memberships;
        this.access = access;
        this.currentUser = currentUser;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Creates a space with the caller as its first partner.
     *
     * @return the new space's id
     */
    @Transactional
    public UUID create(NewSpace request) {
        SignedInUser caller = currentUser.require();
        NewSpace newSpace = rules.check(request.normalized());
        Space space = spaces.save(new Space(newSpace.name(), clock.instant()));
        memberships.save(new Membership(space, caller.accountId(), SpaceRole.PARTNER, clock.instant()));
        return space.id();
    }

    /** Every space the caller belongs to, with their role there, in name order. */
    @Transactional(readOnly = true)
    public List<SpaceSummary> mySpaces() {
        SignedInUser caller = currentUser.require();
        List<Membership> mine = memberships.findWithSpaceByAccountId(caller.accountId()).stream()
                .filter(m -> m.status() == MembershipStatus.ACTIVE || m.status() == MembershipStatus.PENDING).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> partnerNames = memberships
                .findMemberRows(mine.stream().map(m -> m.space().id()).toList()).stream()
                .filter(row -> row.role() == SpaceRole.PARTNER)
                .collect(Collectors.groupingBy(MemberRow::spaceId,
                        Collectors.mapping(MemberRow::name, Collectors.toList())));
        return mine.stream()
                .map(m -> new SpaceSummary(m.space().id(), m.space().name(), m.role(),
                        partnerNames.getOrDefault(m.space().id(), List.of()), m.status() == MembershipStatus.PENDING))
                .sorted(Comparator.comparing(SpaceSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * The space's name and people, and who the caller is there.
     *
     * @throws SpaceNotFoundException if the caller does not belong to it
     */
    @Transactional(readOnly = true)
    public Membered members(UUID spaceId) {
        SpaceMembership caller = access.requireReader(spaceId);
        SpaceMembers members = membersPart.load(spaceId);
        return new Membered(members, caller.viewer());
    }

    /** A space's people and the caller among them. */
    public record Membered(SpaceMembers members, Viewer viewer) {
    }

    /**
     * The space and its members.
     *
     * @throws SpaceNotFoundException if the caller does not belong to it
     */
    @Transactional(readOnly = true)
    public SpaceDetails details(UUID spaceId) {
        SpaceMembership caller = access.requireReader(spaceId);
        Space space = spaces.findById(spaceId).orElseThrow(() -> new SpaceNotFoundException(spaceId));
        List<Member> members = memberships.findMemberRowsOf(spaceId).stream()
                .map(row -> new Member(row.accountId(), row.name(), row.role(),
                        row.accountId().equals(caller.accountId()), row.status()))
                .toList();
        return new SpaceDetails(space.id(), space.name(), caller.role(), members);
    }

    /** The name of a space the caller counselled, also after their access ended (for their own notes' heading). */
    @Transactional(readOnly = true)
    public String nameForItsCounsellor(UUID spaceId) {
        access.requireCounsellorEver(spaceId);
        return spaces.findById(spaceId).map(Space::name).orElseThrow(() -> new SpaceNotFoundException(spaceId));
    }

    /**
     * The spaces the caller counsels or counselled (of {@code only}, unless it is null), in a few reads however
     * many there are: those they observe and those waiting for consent with their people, those whose access
     * ended with their name alone.
     */
    @Transactional(readOnly = true)
    public List<CounselledSpace> counselled(Collection<UUID> only) {
        SignedInUser caller = currentUser.require();
        List<Membership> mine = memberships.findWithSpaceByAccountId(caller.accountId()).stream()
                .filter(m -> m.role() == SpaceRole.COUNSELLOR && m.status() != MembershipStatus.DECLINED)
                .filter(m -> only == null || only.contains(m.space().id())).toList();
        Map<UUID, SpaceMembers> people = membersPart.loadAll(mine.stream()
                .filter(m -> CounselledSpace.accessOrWaiting(m.status())).map(m -> m.space().id()).toList());
        return mine.stream()
                .map(m -> new CounselledSpace(m.space().id(), m.space().name(), m.status(), people.get(m.space().id())))
                .toList();
    }

    /** The spaces the caller observes as a counsellor or waits to, in one read. */
    @Transactional(readOnly = true)
    public List<UUID> counselling() {
        return memberships.findWithSpaceByAccountId(currentUser.require().accountId()).stream()
                .filter(m -> m.role() == SpaceRole.COUNSELLOR && CounselledSpace.accessOrWaiting(m.status()))
                .map(m -> m.space().id()).toList();
    }
}
