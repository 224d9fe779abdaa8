package app.commonground.calendar.ui;

import app.commonground.TestNegotiations;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Couple;
import app.commonground.TestPeople.Person;
import app.commonground.account.AccountService;
import app.commonground.calendar.CalendarService;
import app.commonground.checkin.AppreciationDraft;
import app.commonground.checkin.CheckinAnswers;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.RhythmProposal;
import app.commonground.counselling.CounsellingService;
import app.commonground.counselling.NextSessionService;
import app.commonground.counselling.SessionTime;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NewNegotiation;
import app.commonground.reminder.ReminderService;
import app.commonground.space.LeavingService;
import app.commonground.values.BoundaryDraft;
import app.commonground.values.BoundaryKind;
import app.commonground.values.SharedValueDraft;
import app.commonground.values.ValuesService;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each person's calendar feed as a calendar app fetches it: over HTTP, signed out and without cookies, parsed back
 * with ical4j. A couple in Auckland and their counsellor in Berlin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestPeople.class, TestNegotiations.class})
class CalendarFeedTest {

    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @LocalServerPort
    int port;
    @Autowired
    TestPeople people;
    @Autowired
    TestNegotiations negotiationSteps;
    @Autowired
    CalendarService calendars;
    @Autowired
    CheckinService checkins;
    @Autowired
    ValuesService values;
    @Autowired
    NegotiationService negotiations;
    @Autowired
    NextSessionService nextSession;
    @Autowired
    CounsellingService counselling;
    @Autowired
    ReminderService reminders;
    @Autowired
    LeavingService leaving;
    @Autowired
    AccountService accounts;

    private final HttpClient calendarApp = HttpClient.newHttpClient();

    /** Everything a feed may hold, and a marker in every private or kept-from-the-counsellor field. */
    record Everything(Couple couple, LocalDate agreementReview, LocalDate boundaryReview, LocalDate keptBoundaryReview,
                      LocalDate valueReview, LocalDate keptValueReview, Instant agreedAt, Instant sessionStarts) {
    }

    @Test
    void a_partners_feed_holds_the_weekly_check_in_in_their_zone_every_review_date_and_the_planned_session()
            throws Exception {
        Everything all = everything();
        Map<String, VEvent> events = events(fetch(all.couple().first()).body());
        String space = "Alex & Sam";
        UUID spaceId = all.couple().spaceId();

        assertThat(events).containsOnlyKeys("Weekly check-in · " + space, "Review: Sunday mornings · " + space,
                "Review: a time boundary · " + space, "Review: an emotional boundary · " + space,
                "Review: Honesty · " + space, "Review: Privacy · " + space, "Session with Dr. Rivera · " + space);

        VEvent checkin = events.get("Weekly check-in · " + space);
        LocalDate firstSunday = LocalDate.ofInstant(all.agreedAt(), AUCKLAND).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        assertThat(instant(checkin)).isEqualTo(ZonedDateTime.of(firstSunday, LocalTime.of(19, 0), AUCKLAND).toInstant());
        assertThat(zone(checkin)).isEqualTo("Pacific/Auckland");
        assertThat(value(checkin, Property.RRULE)).isEqualTo("FREQ=WEEKLY;BYDAY=SU");
        assertThat(value(checkin, Property.URL)).endsWith("/spaces/" + spaceId + "?tab=checkin");

        assertAllDay(events.get("Review: Sunday mornings · " + space), all.agreementReview());
        assertThat(value(events.get("Review: Sunday mornings · " + space), Property.URL)).contains("/spaces/" + spaceId + "?negotiation=");
        assertAllDay(events.get("Review: a time boundary · " + space), all.boundaryReview());
        assertAllDay(events.get("Review: an emotional boundary · " + space), all.keptBoundaryReview());
        assertAllDay(events.get("Review: Honesty · " + space), all.valueReview());
        assertAllDay(events.get("Review: Privacy · " + space), all.keptValueReview());
        assertThat(value(events.get("Review: Honesty · " + space), Property.URL)).endsWith("/spaces/" + spaceId + "?tab=values");

        VEvent session = events.get("Session with Dr. Rivera · " + space);
        assertThat(instant(session)).isEqualTo(all.sessionStarts());
        assertThat(zone(session)).isEqualTo("Europe/Berlin");
        assertThat(value(session, Property.DURATION)).isEqualTo("PT1H");
        assertThat(value(session, Property.URL)).endsWith("/spaces/" + spaceId + "?tab=sessions");
    }

    @Test
    void the_counsellors_feed_holds_only_what_the_partners_share_with_them() throws Exception {
        Everything all = everything();
        Map<String, VEvent> events = events(fetch(all.couple().counsellor()).body());
        String space = "Alex & Sam";

        assertThat(events).containsOnlyKeys("Review: Sunday mornings · " + space, "Review: a time boundary · " + space,
                "Review: Honesty · " + space, "Session with " + space);
        assertThat(instant(events.get("Session with " + space))).isEqualTo(all.sessionStarts());
        assertThat(zone(events.get("Session with " + space))).isEqualTo("Europe/Berlin");
    }

    @Test
    void no_feed_holds_private_text_and_the_counsellors_holds_nothing_kept_from_them() throws Exception {
        Everything all = everything();

        List<String> feeds = List.of(fetch(all.couple().first()).body(), fetch(all.couple().second()).body(),
                fetch(all.couple().counsellor()).body());

        assertThat(feeds).allSatisfy(feed -> assertThat(feed).doesNotContain("marker"));
        assertThat(feeds.getLast()).doesNotContain("Privacy", "emotional", "check-in");
    }

    @Test
    void the_feed_is_valid_icalendar_served_as_text_calendar() throws Exception {
        Everything all = everything();

        HttpResponse<String> feed = fetch(all.couple().first());

        assertThat(feed.headers().firstValue("Content-Type")).contains("text/calendar;charset=UTF-8");
        Calendar parsed = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(parsed.validate().getEntries()).isEmpty();
    }

    @Test
    void the_feed_needs_no_sign_in_and_makes_no_session() throws Exception {
        Couple couple = people.newPartners();

        HttpResponse<String> feed = fetch(couple.first());

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_second_request_with_the_etag_gets_304_and_no_body() throws Exception {
        Couple couple = people.newPartners();
        URI address = people.as(couple.first(), calendars::turnOnMine);
        HttpResponse<String> first = get(address, Map.of());
        String tag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get(address, Map.of("If-None-Match", tag));

        assertThat(get(address, Map.of()).headers().firstValue("ETag")).contains(tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void once_a_date_changes_the_apps_old_copy_is_answered_with_the_new_feed() throws Exception {
        Couple couple = people.newCouple();
        URI address = people.as(couple.first(), calendars::turnOnMine);
        String before = get(address, Map.of()).headers().firstValue("ETag").orElseThrow();

        people.as(couple.counsellor(), () -> nextSession.plan(couple.spaceId(),
                new SessionTime(LocalDate.now(BERLIN).plusDays(3), "18:00", BERLIN)));
        HttpResponse<String> after = get(address, Map.of("If-None-Match", before));

        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(before);
        assertThat(events(after.body()).keySet()).anyMatch(title -> title.startsWith("Session with "));
    }

    @Test
    void a_calendar_app_that_asks_with_head_first_gets_the_same_answer_without_the_body_and_no_session() throws Exception {
        Couple couple = people.newPartners();
        URI address = people.as(couple.first(), calendars::turnOnMine);
        HttpResponse<String> feed = get(address, Map.of());

        HttpResponse<String> head = calendarApp.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + address.getRawPath())).HEAD().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("ETag")).isEqualTo(feed.headers().firstValue("ETag"));
        assertThat(head.headers().firstValue("Content-Type")).isEqualTo(feed.headers().firstValue("Content-Type"));
        assertThat(head.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(head.body()).isEmpty();
    }

    @Test
    void a_replaced_address_and_one_turned_off_get_404_at_once() throws Exception {
        Couple couple = people.newPartners();
        URI replaced = people.as(couple.first(), calendars::turnOnMine);
        URI turnedOff = people.as(couple.second(), calendars::turnOnMine);

        URI current = people.as(couple.first(), calendars::replaceMine);
        people.as(couple.second(), calendars::turnOffMine);

        assertThat(get(replaced, Map.of()).statusCode()).isEqualTo(404);
        assertThat(get(turnedOff, Map.of()).statusCode()).isEqualTo(404);
        assertThat(get(current, Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_partner_who_left_the_space_no_longer_gets_its_events() throws Exception {
        Couple couple = people.newPartners();
        agreeOnTheCheckin(couple);
        URI address = people.as(couple.second(), calendars::turnOnMine);
        assertThat(events(get(address, Map.of()).body())).containsKey("Weekly check-in · Alex & Sam");

        people.as(couple.second(), () -> leaving.leave(couple.spaceId()));

        String left = get(address, Map.of()).body();
        assertThat(events(left)).isEmpty();
        assertThat(new CalendarBuilder().build(new StringReader(left)).validate().getEntries())
                .as("a calendar with no dates is still a valid one").isEmpty();
    }

    @Test
    void a_deleted_accounts_address_gets_404() throws Exception {
        Couple couple = people.newPartners();
        URI address = people.as(couple.second(), calendars::turnOnMine);

        people.as(couple.second(), () -> accounts.deleteAccount(TestPeople.PASSWORD));

        assertThat(get(address, Map.of()).statusCode()).isEqualTo(404);
    }

    private Everything everything() {
        Couple couple = people.withCounsellor(people.newPartners(), people.newPerson("Dr. Rivera"));
        Person alex = couple.first();
        Person sam = couple.second();
        Person rivera = couple.counsellor();
        UUID spaceId = couple.spaceId();
        LocalDate today = LocalDate.now(AUCKLAND);
        Instant agreedAt = agreeOnTheCheckin(couple);
        LocalDate agreementReview = today.plusDays(40);
        negotiationSteps.agreed(couple, "Sunday mornings", "Brunch together", agreementReview);
        LocalDate boundaryReview = today.plusDays(41);
        people.as(alex, () -> values.writeBoundary(spaceId, new BoundaryDraft(BoundaryKind.TIME,
                "marker-boundary-words", true, boundaryReview), true));
        LocalDate keptBoundaryReview = today.plusDays(42);
        people.as(sam, () -> values.writeBoundary(spaceId, new BoundaryDraft(BoundaryKind.EMOTIONAL,
                "marker-unshared-boundary", false, keptBoundaryReview), true));
        LocalDate valueReview = today.plusDays(43);
        agreedValue(couple, "Honesty", true, valueReview);
        LocalDate keptValueReview = today.plusDays(44);
        agreedValue(couple, "Privacy", false, keptValueReview);
        UUID draft = people.as(alex, () -> negotiations.open(spaceId, new NewNegotiation("Chores", null)));
        people.as(alex, () -> negotiations.saveDraft(draft, List.of("marker-negotiation-draft"), List.of()));
        UUID checkin = people.as(alex, () -> checkins.start(spaceId));
        people.as(alex, () -> checkins.saveAnswers(checkin, new CheckinAnswers(7, 8, false,
                List.of(new AppreciationDraft("marker-checkin-answer", null, null, false)), "marker-news", false,
                "marker-wonder", false, "marker-tired", false, "marker-wish", false)));
        people.as(rivera, () -> reminders.knowMyZone(BERLIN));
        LocalDate sessionDay = LocalDate.now(BERLIN).plusDays(5);
        people.as(rivera, () -> nextSession.plan(spaceId, new SessionTime(sessionDay, "18:00", BERLIN)));
        people.as(rivera, () -> counselling.writeNote(spaceId, null, "marker-counsellor-note"));
        return new Everything(couple, agreementReview, boundaryReview, keptBoundaryReview, valueReview, keptValueReview,
                agreedAt, ZonedDateTime.of(sessionDay, LocalTime.of(18, 0), BERLIN).toInstant());
    }

    /** Both partners live in Auckland and meet on Sundays at 19:00 there; returns when they agreed. */
    private Instant agreeOnTheCheckin(Couple couple) {
        people.as(couple.first(), () -> reminders.knowMyZone(AUCKLAND));
        people.as(couple.second(), () -> reminders.knowMyZone(AUCKLAND));
        people.as(couple.first(), () -> checkins.proposeRhythm(couple.spaceId(),
                new RhythmProposal(DayOfWeek.SUNDAY, LocalTime.of(19, 0), 1)));
        people.as(couple.second(), () -> checkins.acceptRhythm(couple.spaceId()));
        return people.as(couple.first(), () -> checkins.page(couple.spaceId())).rhythm().agreedAt();
    }

    private void agreedValue(Couple couple, String name, boolean sharedWithCounsellor, LocalDate review) {
        UUID id = people.as(couple.first(), () -> values.proposeValue(couple.spaceId(),
                new SharedValueDraft(name, "What it means to us", List.of(), review, sharedWithCounsellor)));
        int revision = people.as(couple.second(), () -> values.page(couple.spaceId())).shared().stream()
                .filter(v -> v.id().equals(id)).findFirst().orElseThrow().revision();
        people.as(couple.second(), () -> values.acceptValue(id, revision));
    }

    private HttpResponse<String> fetch(Person person) throws Exception {
        HttpResponse<String> feed = get(people.as(person, calendars::turnOnMine), Map.of());
        assertThat(feed.statusCode()).isEqualTo(200);
        return feed;
    }

    /** As a calendar app asks: no cookies, no sign-in, at this server (the address names the public one). */
    private HttpResponse<String> get(URI address, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + address.getRawPath()));
        headers.forEach(request::header);
        return calendarApp.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The events by their title, parsed with a new builder (ical4j's builders are not to be reused). */
    private static Map<String, VEvent> events(String body) throws Exception {
        List<VEvent> all = new CalendarBuilder().build(new StringReader(body)).getComponents(Component.VEVENT);
        return all.stream().collect(Collectors.toMap(event -> value(event, Property.SUMMARY), event -> event));
    }

    private static String value(VEvent event, String name) {
        Property property = event.getRequiredProperty(name);
        return property.getValue();
    }

    private static DtStart<Temporal> start(VEvent event) {
        return event.getRequiredProperty(Property.DTSTART);
    }

    /** The start as a moment: a parsed zone is ical4j's own copy, so the moment and the TZID text are what count. */
    private static Instant instant(VEvent event) {
        return ((ZonedDateTime) start(event).getDate()).toInstant();
    }

    private static String zone(VEvent event) {
        Parameter tzid = start(event).getRequiredParameter(Parameter.TZID);
        return tzid.getValue();
    }

    private static void assertAllDay(VEvent event, LocalDate day) {
        assertThat(start(event).getDate()).isEqualTo(day);
        Parameter value = start(event).getRequiredParameter(Parameter.VALUE);
        assertThat(value.getValue()).isEqualTo("DATE");
        assertThat(event.getRequiredProperty(Property.DTEND).getValue()).isEqualTo(day.plusDays(1).toString().replace("-", ""));
    }
}
