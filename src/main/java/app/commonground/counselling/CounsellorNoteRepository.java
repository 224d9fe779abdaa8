package app.commonground.counselling;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

interface CounsellorNoteRepository extends JpaRepository<CounsellorNote, UUID> {

    /** One counsellor's notes in one space: never anyone else's. */
    List<CounsellorNote> findBySpaceIdAndCounsellorIdOrderByWrittenAtDesc(UUID spaceId, UUID counsellorId);

    /** The spaces one counsellor has notes about. */
    @Query("select distinct n.spaceId from CounsellorNote n where n.counsellorId = :counsellorId")
    List<UUID> findSpacesOf(UUID counsellorId);
}
