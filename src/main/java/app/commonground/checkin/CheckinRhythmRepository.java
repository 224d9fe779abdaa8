package app.commonground.checkin;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface CheckinRhythmRepository extends JpaRepository<CheckinRhythm, UUID> {
}
