package app.commonground.negotiation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface NegotiationRepository extends JpaRepository<Negotiation, UUID> {

    /** The space's negotiations with their drafts, read in one statement (see {@link #findWithDraftsById}). */
    @Query("select n from Negotiation n left join fetch n.positions where n.spaceId = :spaceId order by n.openedAt desc")
    List<Negotiation> findBySpaceIdOrderByOpenedAtDesc(UUID spaceId);

    /**
     * The negotiation with its drafts, read in one statement: its step and the drafts' "ready" change together,
     * and two statements could see one before and one after a partner's step.
     */
    @Query("select n from Negotiation n left join fetch n.positions where n.id = :id")
    Optional<Negotiation> findWithDraftsById(UUID id);

    /** Where the negotiations of these spaces stand, without their words. */
    @Query("select new app.commonground.negotiation.NegotiationStanding(n.spaceId, n.step, n.stepSince, n.reviewDate) "
            + "from Negotiation n where n.spaceId in :spaceIds")
    List<NegotiationStanding> findStandingIn(Collection<UUID> spaceIds);

    /** Which space a negotiation is in, without loading it. */
    @Query("select n.spaceId from Negotiation n where n.id = :id")
    Optional<UUID> findSpaceIdById(UUID id);
}
