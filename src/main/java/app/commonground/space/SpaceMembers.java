package app.commonground.space;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The space's part of its live model: its name and everyone who has been in it, in the order they joined (with
 * their status: a counsellor may be waiting for consent, declined or ended), so that what they did keeps a name.
 */
public record SpaceMembers(UUID spaceId, String name, List<Person> people) {

    public SpaceMembers {
        people = List.copyOf(people);
    }

    /**
     * One person's standing in the space.
     *
     * @param answeredBy for a counsellor waiting for consent: the partners who answered
     * @param approvedBy of those, the partners who approved
     */
    public record Person(UUID accountId, String name, SpaceRole role, MembershipStatus status,
                         List<UUID> answeredBy, List<UUID> approvedBy) {

        public Person {
            answeredBy = List.copyOf(answeredBy);
            approvedBy = List.copyOf(approvedBy);
        }
    }

    /** The partners of the space now, in the order they joined (not those who left). */
    public List<Person> partners() {
        return people.stream().filter(p -> p.role() == SpaceRole.PARTNER && p.status() == MembershipStatus.ACTIVE)
                .toList();
    }

    /** Who {@code accountId} is here; nobody unless their membership is active (a counsellor: with consent). */
    public Optional<Viewer> viewer(UUID accountId) {
        return people.stream()
                .filter(p -> p.accountId().equals(accountId) && p.status() == MembershipStatus.ACTIVE)
                .findFirst().map(p -> new Viewer(accountId, p.role()));
    }

    /** The space and its members (those who joined, and counsellors waiting for consent) as this viewer sees them. */
    public SpaceDetails details(Viewer viewer) {
        return new SpaceDetails(spaceId, name, viewer.role(), people.stream()
                .filter(p -> p.status() == MembershipStatus.ACTIVE || p.status() == MembershipStatus.PENDING)
                .map(p -> new Member(p.accountId(), p.name(), p.role(), p.accountId().equals(viewer.accountId()),
                        p.status()))
                .toList());
    }

    /**
     * The counsellors waiting for consent, as a partner sees them: whether they still have to answer, and who
     * approved so far. None for a counsellor, who may not see them.
     */
    public List<ConsentRequest> consentRequests(Viewer viewer) {
        if (!viewer.isPartner()) {
            return List.of();
        }
        List<Person> partners = partners();
        return people.stream().filter(p -> p.status() == MembershipStatus.PENDING)
                .map(counsellor -> new ConsentRequest(counsellor.accountId(), counsellor.name(),
                        !counsellor.answeredBy().contains(viewer.accountId()),
                        partners.stream().filter(p -> counsellor.approvedBy().contains(p.accountId()))
                                .map(Person::name).toList()))
                .toList();
    }

    /** Whether {@code accountId} left the space themselves. */
    public boolean left(UUID accountId) {
        return people.stream().anyMatch(p -> p.accountId().equals(accountId) && p.status() == MembershipStatus.LEFT);
    }

    /** Whether the space is gone: its last partner left, and it was deleted with everything in it. */
    public boolean gone() {
        return people.isEmpty();
    }

    /** How someone no longer known (their account is deleted) is named, at the start of a sentence. */
    public static final String FORMER_MEMBER = "A former member";

    /** A member's name; someone who has left is "A former member". */
    public String nameOf(UUID accountId) {
        return people.stream().filter(p -> p.accountId().equals(accountId)).map(Person::name).findFirst()
                .orElse(FORMER_MEMBER);
    }
}
