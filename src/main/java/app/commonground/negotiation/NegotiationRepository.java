package app.commonground.negotiation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface NegotiationRepository extends JpaRepository<Negotiation, UUID> {

    List<Negotiation> findBySpaceIdOrderByOpenedAtDesc(UUID spaceId);
}
