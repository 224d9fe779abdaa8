package app.commonground.counselling;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface CounsellorNoteRepository extends JpaRepository<CounsellorNote, UUID> {

    /** One counsellor's notes in one space: never anyone else's. */
    List<CounsellorNote> findBySpaceIdAndCounsellorIdOrderByWrittenAtDesc(UUID spaceId, UUID counsellorId);

    /** The space of a note, read alone, so that nothing is loaded before the space is locked. */
    @Query("select n.spaceId from CounsellorNote n where n.id = :id")
    Optional<UUID> findSpaceIdById(UUID id);

    /** How many notes the counsellor wrote in each space. */
    @Query("select new app.commonground.counselling.Counted(n.spaceId, count(n)) from CounsellorNote n "
            + "where n.counsellorId = :counsellorId group by n.spaceId")
    List<Counted> countBySpace(UUID counsellorId);
}
