package app.commonground.values;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface SelfCheckRepository extends JpaRepository<SelfCheck, UUID> {

    List<SelfCheck> findBySpaceIdAndPartnerId(UUID spaceId, UUID partnerId);
}
