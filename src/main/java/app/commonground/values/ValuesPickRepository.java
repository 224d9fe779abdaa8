package app.commonground.values;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface ValuesPickRepository extends JpaRepository<ValuesPick, UUID> {

    List<ValuesPick> findBySpaceId(UUID spaceId);

    Optional<ValuesPick> findBySpaceIdAndPartnerId(UUID spaceId, UUID partnerId);
}
