package app.commonground.space;

import app.commonground.security.CurrentUser;
import app.commonground.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Single-use, expiring links through which the second partner joins a space. */
@Service
public class InvitationService {

    static final Duration VALID_FOR = Duration.ofDays(7);

    private final InvitationRepository invitations;
    private final SpaceRepository spaces;
    private final MembershipRepository memberships;
    private final ConsentRepository consents;
    private final SpaceAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, SpaceRepository spaces, MembershipRepository memberships,
                      ConsentRepository consents, SpaceAccess access, CurrentUser currentUser,
                      ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.spaces = spaces;
        this.memberships = memberships;
        this.consents = consents;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a link for the second partner, valid for seven days. It replaces any earlier open partner
     * link, whose token can no longer be shown.
     *
     * @throws InvitationUnusableException with {@link InvitationStatus#SPACE_FULL} if the space has two partners
     */
    @Transactional
    public InvitationLink invitePartner(UUID spaceId) {
        SpaceMembership caller = access.requireEditor(spaceId);
        Space space = spaces.lockById(spaceId).orElseThrow(() -> new SpaceNotFoundException(spaceId));
        if (memberships.countPartners(spaceId) >= Space.MAX_PARTNERS) {
            throw new InvitationUnusableException(InvitationStatus.SPACE_FULL);
        }
        Instant now = clock.instant();
        invitations.findOpen(spaceId, now).stream()
                .filter(i -> i.role() == SpaceRole.PARTNER)
                .forEach(i -> i.revoke(now));
        String token = InvitationTokens.newToken();
        Invitation invitation = invitations.save(new Invitation(space, SpaceRole.PARTNER,
                InvitationTokens.hash(token), caller.accountId(), now, now.plus(VALID_FOR)));
        return new InvitationLink(invitation.id(), token, invitation.expiresAt());
    }

    /**
     * Creates a link for a counsellor, valid for seven days. The counsellor who uses it waits for both
     * partners' consent before seeing anything.
     */
    @Transactional
    public InvitationLink inviteCounsellor(UUID spaceId) {
        SpaceMembership caller = access.requireEditor(spaceId);
        Space space = spaces.findById(spaceId).orElseThrow(() -> new SpaceNotFoundException(spaceId));
        Instant now = clock.instant();
        String token = InvitationTokens.newToken();
        Invitation invitation = invitations.save(new Invitation(space, SpaceRole.COUNSELLOR,
                InvitationTokens.hash(token), caller.accountId(), now, now.plus(VALID_FOR)));
        events.publishEvent(new CounsellorAccessChanged(spaceId, caller.accountId(), null,
                CounsellorAccessChanged.Change.INVITED));
        return new InvitationLink(invitation.id(), token, invitation.expiresAt());
    }

    /** The space's invitations that can still be used, newest first. Partners only. */
    @Transactional(readOnly = true)
    public List<OpenInvitation> openInvitations(UUID spaceId) {
        access.requireEditor(spaceId);
        return invitations.findOpen(spaceId, clock.instant()).stream()
                .map(i -> new OpenInvitation(i.id(), i.role(), i.createdAt(), i.expiresAt()))
                .toList();
    }

    /** Makes an open invitation unusable. Partners only. */
    @Transactional
    public void revoke(UUID spaceId, UUID invitationId) {
        access.requireEditor(spaceId);
        invitations.findByIdAndSpaceId(invitationId, spaceId).ifPresent(i -> i.revoke(clock.instant()));
    }

    /**
     * What the link is for, for anyone holding it, signed in or not. A signed-in member of the space is
     * told so rather than invited again.
     */
    @Transactional(readOnly = true)
    public InvitationPreview preview(String token) {
        Optional<Invitation> found = find(token);
        if (found.isEmpty()) {
            return InvitationPreview.unusable(InvitationStatus.UNKNOWN);
        }
        Invitation invitation = found.get();
        InvitationStatus status = statusFor(invitation, currentUser.find());
        if (status != InvitationStatus.VALID && status != InvitationStatus.ALREADY_MEMBER) {
            return InvitationPreview.unusable(status);
        }
        UUID spaceId = invitation.space().id();
        String invitedBy = memberships.findMemberRowsOf(spaceId).stream()
                .filter(row -> row.accountId().equals(invitation.createdBy()))
                .map(MemberRow::name)
                .findFirst().orElse(null);
        return new InvitationPreview(status, invitation.space().name(), invitedBy, invitation.expiresAt(),
                invitation.role());
    }

    /**
     * Joins the signed-in caller to the space as its second partner and uses the link up.
     *
     * @return the space's id
     * @throws InvitationUnusableException if the link is unknown, used, expired or revoked, the space already
     *                                     has two partners, or the caller already belongs to it
     */
    @Transactional
    public UUID accept(String token) {
        SignedInUser caller = currentUser.require();
        Invitation invitation = find(token).orElseThrow(() -> new InvitationUnusableException(InvitationStatus.UNKNOWN));
        Space space = spaces.lockById(invitation.space().id()).orElseThrow();
        InvitationStatus status = statusFor(invitation, Optional.of(caller));
        if (status != InvitationStatus.VALID) {
            throw new InvitationUnusableException(status);
        }
        Instant now = clock.instant();
        invitation.markUsed(caller.accountId(), now);
        if (invitation.role() == SpaceRole.COUNSELLOR) {
            memberships.findBySpaceIdAndAccountId(space.id(), caller.accountId()).ifPresentOrElse(
                    earlier -> {
                        consents.deleteByMembershipId(earlier.id());
                        earlier.askAgain(now);
                    },
                    () -> memberships.save(new Membership(space, caller.accountId(), SpaceRole.COUNSELLOR, now)));
            events.publishEvent(new CounsellorAccessChanged(space.id(), caller.accountId(), caller.accountId(),
                    CounsellorAccessChanged.Change.ASKED));
            return space.id();
        }
        memberships.findBySpaceIdAndAccountId(space.id(), caller.accountId()).ifPresentOrElse(
                formerCounsellor -> {
                    consents.deleteByMembershipId(formerCounsellor.id());
                    formerCounsellor.joinAsPartner(now);
                },
                () -> memberships.save(new Membership(space, caller.accountId(), SpaceRole.PARTNER, now)));
        events.publishEvent(new PartnerJoined(space.id(), caller.accountId()));
        memberships.findBySpaceIdAndRole(space.id(), SpaceRole.COUNSELLOR).stream()
                .filter(Membership::awaitNewPartner)
                .forEach(counsellor -> events.publishEvent(new CounsellorAccessChanged(space.id(), caller.accountId(),
                        counsellor.accountId(), CounsellorAccessChanged.Change.AWAITS_NEW_PARTNER)));
        return space.id();
    }

    private Optional<Invitation> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(InvitationTokens.hash(token));
    }

    private InvitationStatus statusFor(Invitation invitation, Optional<SignedInUser> caller) {
        InvitationStatus status = invitation.statusAt(clock.instant());
        if (status != InvitationStatus.VALID) {
            return status;
        }
        UUID spaceId = invitation.space().id();
        if (caller.isPresent() && memberships.findBySpaceIdAndAccountId(spaceId, caller.get().accountId())
                .filter(m -> m.status() == MembershipStatus.ACTIVE || m.status() == MembershipStatus.PENDING)
                .isPresent()) {
            return InvitationStatus.ALREADY_MEMBER;
        }
        if (invitation.role() == SpaceRole.PARTNER
                && memberships.countPartners(spaceId) >= Space.MAX_PARTNERS) {
            return InvitationStatus.SPACE_FULL;
        }
        return status;
    }
}
