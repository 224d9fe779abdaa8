package app.commonground.space;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.UUID;

/** Append-only: reads are saved and listed, never changed or deleted. */
interface CounsellorReadRepository extends Repository<CounsellorRead, UUID> {

    CounsellorRead save(CounsellorRead read);

    List<CounsellorRead> findBySpaceIdOrderByReadAtDesc(UUID spaceId, Pageable page);
}
