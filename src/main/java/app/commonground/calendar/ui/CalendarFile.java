package app.commonground.calendar.ui;

import app.commonground.base.i18n.Messages;
import app.commonground.base.ui.SpaceLinks;
import app.commonground.calendar.CalendarDates.Review;
import app.commonground.calendar.CalendarDates.SpaceDates;
import app.commonground.calendar.CalendarDates;
import app.commonground.checkin.CheckinViews.RhythmView;
import app.commonground.counselling.CounsellingViews.NextSessionView;
import app.commonground.values.BoundaryKind;
import org.springframework.util.DigestUtils;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's calendar as an iCalendar file (RFC 5545): titles name only kinds and the couple's shared titles,
 * each event links to its place in the space, and the same dates always make the same bytes.
 */
final class CalendarFile {

    /** The version of what {@link #write} makes of the same dates (see {@link #tag}). */
    static final String LAYOUT = "1";
    /** How long a check-in and a session last in the calendar. */
    private static final java.time.Duration ONE_HOUR = java.time.Duration.ofHours(1);

    private final Calendar calendar = new Calendar();
    /** The zones the events use, by id: written before the events. */
    private static final Messages MESSAGES = new Messages();

    private final Map<String, VTimeZone> zonesUsed = new LinkedHashMap<>();
    private final List<VEvent> events = new ArrayList<>();
    private final TimeZoneRegistry zones;
    private final CalendarDates dates;

    private CalendarFile(TimeZoneRegistry zones, CalendarDates dates) {
        this.zones = zones;
        this.dates = dates;
    }

    /**
     * What the calendar of {@code dates} would be, in a few bytes, without writing it: the dates themselves (records
     * all the way down, so the same dates always read the same, on any server) and the version of this file's
     * layout. Change {@link #LAYOUT} whenever the same dates would make other bytes.
     */
    static String tag(CalendarDates dates) {
        return DigestUtils.md5DigestAsHex((LAYOUT + dates).getBytes(StandardCharsets.UTF_8));
    }

    /** The calendar of {@code dates}, in UTF-8. */
    static byte[] write(TimeZoneRegistry zones, CalendarDates dates) {
        return new CalendarFile(zones, dates).build();
    }

    private byte[] build() {
        calendar.add(new ProdId("-//Common Ground//Calendar//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "Common Ground"));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (SpaceDates space : dates.spaces()) {
            if (space.checkin() != null) {
                checkin(space, space.checkin());
            }
            space.reviews().forEach(review -> review(space, review));
            if (space.session() != null) {
                session(space, space.session());
            }
        }
        zonesUsed.values().forEach(calendar::add);
        events.forEach(calendar::add);
        if (events.isEmpty()) {
            // RFC 5545 wants a component at least: a calendar with no dates yet carries its person's time zone.
            calendar.add(ownZone());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void checkin(SpaceDates space, RhythmView rhythm) {
        ZoneId zone = dates.zone();
        LocalDate first = LocalDate.ofInstant(rhythm.agreedAt(), zone).with(TemporalAdjusters.nextOrSame(rhythm.day()));
        VEvent event = event("checkin-" + space.spaceId(), say("calendar.feed.checkin", rhythm.everyWeeks(), space.name()),
                SpaceLinks.section(space.spaceId(), SpaceLinks.Section.CHECKIN));
        event.add(new DtStart<>(defined(ZonedDateTime.of(first, rhythm.time(), zone))));
        event.add(new Duration(ONE_HOUR));
        Recur.Builder<ZonedDateTime> recur = new Recur.Builder<ZonedDateTime>().frequency(Frequency.WEEKLY)
                .dayList(WeekDay.getWeekDay(rhythm.day()));
        if (rhythm.everyWeeks() > 1) {
            recur.interval(rhythm.everyWeeks());
        }
        event.add(new RRule<>(recur.build()));
        events.add(event);
    }

    private void review(SpaceDates space, Review review) {
        String what = switch (review.subject()) {
            case AGREEMENT, SHARED_VALUE -> review.title();
            case BOUNDARY -> say(boundary(review.boundaryKind()));
        };
        String link = switch (review.subject()) {
            case AGREEMENT -> SpaceLinks.negotiation(space.spaceId(), review.id());
            case BOUNDARY, SHARED_VALUE -> SpaceLinks.section(space.spaceId(), SpaceLinks.Section.VALUES);
        };
        VEvent event = event("review-" + review.id(), say("calendar.feed.review", what, space.name()), link);
        event.add(new DtStart<>(review.on()));
        event.add(new DtEnd<>(review.on().plusDays(1)));
        events.add(event);
    }

    private void session(SpaceDates space, NextSessionView session) {
        VEvent event = event("session-" + session.id(), session.mine() ? say("calendar.feed.session.mine", space.name())
                        : say("calendar.feed.session", session.counsellorName(), space.name()),
                SpaceLinks.section(space.spaceId(), SpaceLinks.Section.SESSIONS));
        event.add(new DtStart<>(defined(session.startsAt().atZone(session.counsellorZone()))));
        event.add(new Duration(ONE_HOUR));
        events.add(event);
    }

    private VEvent event(String uid, String summary, String link) {
        VEvent event = new VEvent(false);
        event.add(new DtStamp(dates.since()));
        event.add(new Uid(uid + "@common-ground"));
        event.add(new Summary(summary));
        event.add(new Url(dates.app().resolve(link)));
        return event;
    }

    /** The definition of the person's own zone, UTC's where the bundled definitions have none. */
    private VTimeZone ownZone() {
        TimeZone own = dates.zone() instanceof ZoneOffset ? null : zones.getTimeZone(dates.zone().getId());
        return (own == null ? zones.getTimeZone("UTC") : own).getVTimeZone();
    }

    /**
     * The moment in its zone, with the zone's definition in the calendar; in UTC where the bundled definitions
     * have none (an offset such as the reminders' default, UTC itself).
     */
    private ZonedDateTime defined(ZonedDateTime moment) {
        String id = moment.getZone().getId();
        TimeZone zone = moment.getZone() instanceof ZoneOffset ? null : zones.getTimeZone(id);
        if (zone == null) {
            return moment.withZoneSameInstant(ZoneOffset.UTC);
        }
        zonesUsed.putIfAbsent(id, zone.getVTimeZone());
        return moment;
    }

    /** Words of the calendar, in its person's language (the calendar app fetching it has no screen). */
    private String say(String key, Object... args) {
        return MESSAGES.getTranslation(key, dates.language(), args);
    }

    private static String boundary(BoundaryKind kind) {
        return switch (kind) {
            case EMOTIONAL -> "calendar.feed.boundary.emotional";
            case MENTAL -> "calendar.feed.boundary.mental";
            case PHYSICAL -> "calendar.feed.boundary.physical";
            case ENERGETIC -> "calendar.feed.boundary.energetic";
            case TIME -> "calendar.feed.boundary.time";
            case MATERIAL -> "calendar.feed.boundary.material";
        };
    }
}
