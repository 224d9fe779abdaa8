package app.commonground.calendar;

import app.commonground.checkin.CheckinViews.RhythmView;
import app.commonground.counselling.CounsellingViews.NextSessionView;
import app.commonground.values.BoundaryKind;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What one person's calendar holds, read with their rights: never anyone's private text, nor a boundary's words.
 *
 * @param since when the address was made: every event's stamp, so the same data makes the same calendar
 * @param zone  where the person lives, as their reminders have it: their check-in times are at that time there
 * @param app   the address people open the app at, ending in "/", for links back into it
 */
public record CalendarDates(Instant since, ZoneId zone, Locale language, URI app, List<SpaceDates> spaces) {

    public CalendarDates {
        spaces = List.copyOf(spaces);
    }

    /**
     * One space's dates.
     *
     * @param name    the space's name, which both partners share
     * @param checkin the couple's agreed check-in rhythm, for a partner; none for a counsellor or before it is agreed
     * @param session the session the counsellor planned; none while nothing is planned
     */
    public record SpaceDates(UUID spaceId, String name, RhythmView checkin, List<Review> reviews,
                             NextSessionView session) {

        public SpaceDates {
            reviews = List.copyOf(reviews);
        }
    }

    /**
     * A review date of something the couple agreed on.
     *
     * @param title        the agreement's or shared value's title; none for a boundary, whose words stay off the calendar
     * @param boundaryKind what a boundary protects; none for the others
     */
    public record Review(UUID id, Subject subject, String title, BoundaryKind boundaryKind, LocalDate on) {
    }

    /** What is reviewed. */
    public enum Subject { AGREEMENT, BOUNDARY, SHARED_VALUE }
}
