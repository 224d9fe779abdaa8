package app.commonground.checkin;

import app.commonground.base.live.SpacePart;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Reads the check-ins for the space's live model, without any answer before both submitted: the rhythm and the
 * latest check-in, or the one of them another server changed (the rhythm is named by the space's id).
 */
@Component
class CheckinsPart implements SpacePart<Checkins> {

    private final CheckinRepository checkins;
    private final CheckinRhythmRepository rhythms;

    CheckinsPart(CheckinRepository checkins, CheckinRhythmRepository rhythms) {
        this.checkins = checkins;
        this.rhythms = rhythms;
    }

    @Override
    public Class<Checkins> type() {
        return Checkins.class;
    }

    @Override
    public Checkins load(UUID spaceId) {
        return new Checkins(rhythms.findById(spaceId).map(CheckinRhythm::shared).orElse(null),
                checkins.findFirstBySpaceIdOrderByStartedAtDesc(spaceId).map(Checkin::shared).orElse(null));
    }

    @Override
    public UnaryOperator<Checkins> reread(UUID spaceId, UUID id) {
        if (id.equals(spaceId)) {
            return rhythms.findById(spaceId).map(CheckinRhythm::shared)
                    .<UnaryOperator<Checkins>>map(rhythm -> all -> all.withRhythm(rhythm))
                    .orElse(all -> all);
        }
        return checkins.findById(id).filter(c -> c.spaceId().equals(spaceId)).map(Checkin::shared)
                .<UnaryOperator<Checkins>>map(item -> all -> all.with(item))
                .orElse(all -> all);
    }
}
