package app.commonground.space;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.UUID;

/** Append-only: steps are saved and read, never changed or deleted. */
interface ConsentEventRepository extends Repository<ConsentEvent, UUID> {

    ConsentEvent save(ConsentEvent event);

    List<ConsentEvent> findBySpaceIdOrderByHappenedAtAsc(UUID spaceId);
}
