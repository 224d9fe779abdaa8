package app.commonground.negotiation;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface NegotiationRepository extends JpaRepository<Negotiation, UUID> {

    List<Negotiation> findBySpaceIdOrderByOpenedAtDesc(UUID spaceId);

    /**
     * The negotiation, locked until the transaction ends: the partners' steps on it happen one after the other,
     * each seeing the last, so two "ready" at the same moment still reveal both drafts.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Negotiation n where n.id = :id")
    Optional<Negotiation> lockById(UUID id);
}
