package app.commonground.calendar.ui;

import app.commonground.calendar.CalendarDates;
import app.commonground.calendar.CalendarService;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A person's calendar feed, as their calendar app fetches it: signed out, without cookies, by the secret address
 * alone (the security configuration lets it through statelessly). An address that is not on gets 404; a feed
 * that has not changed since the app's copy (its ETag, made from the dates before any file is written) gets 304
 * and no body.
 */
@RestController
class CalendarFeedEndpoint {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarService calendars;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    CalendarFeedEndpoint(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping(CalendarService.FEEDS + "{secret}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String secret, WebRequest request) {
        Optional<CalendarDates> dates = calendars.feed(secret);
        if (dates.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String tag = CalendarFile.tag(dates.get());
        if (request.checkNotModified(tag)) {
            return null; // 304: the app's copy is current, and no file is written
        }
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).eTag(tag)
                .cacheControl(CacheControl.noCache().cachePrivate()).body(CalendarFile.write(zones, dates.get()));
    }
}
