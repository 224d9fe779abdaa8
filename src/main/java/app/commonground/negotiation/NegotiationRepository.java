package app.commonground.negotiation;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

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

    /**
     * The negotiation, locked until the transaction ends: the partners' steps on it happen one after the other,
     * each seeing the last, so two "ready" at the same moment still reveal both drafts.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Negotiation n where n.id = :id")
    Optional<Negotiation> lockById(UUID id);
}
