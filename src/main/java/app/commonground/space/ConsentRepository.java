package app.commonground.space;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface ConsentRepository extends JpaRepository<Consent, UUID> {

    List<Consent> findByMembershipId(UUID membershipId);

    void deleteByMembershipId(UUID membershipId);
}
