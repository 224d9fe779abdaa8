package app.commonground.calendar;

import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Couple;
import app.commonground.account.AccountService;
import app.commonground.calendar.CalendarDates.Review;
import app.commonground.calendar.CalendarDates.Subject;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.RhythmProposal;
import app.commonground.space.LeavingService;
import app.commonground.values.BoundaryDraft;
import app.commonground.values.BoundaryKind;
import app.commonground.values.SharedValueDraft;
import app.commonground.values.ValuesService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class CalendarServiceTest {

    @Autowired
    CalendarService calendars;
    @Autowired
    TestPeople people;
    @Autowired
    ValuesService values;
    @Autowired
    CheckinService checkins;
    @Autowired
    LeavingService leaving;
    @Autowired
    AccountService accounts;

    Couple couple;

    @BeforeEach
    void aCoupleWithACounsellor() {
        couple = people.newCouple();
    }

    @Test
    void the_address_is_made_on_the_first_ask_and_stays_the_same_until_it_is_replaced() {
        assertThat(people.as(couple.first(), calendars::myAddress)).isEmpty();

        URI address = people.as(couple.first(), calendars::turnOnMine);

        assertThat(address.getPath()).startsWith("/calendar/").endsWith(".ics").hasSizeGreaterThan(40);
        assertThat(people.as(couple.first(), calendars::turnOnMine)).isEqualTo(address);
        assertThat(people.as(couple.first(), calendars::myAddress)).contains(address);
        assertThat(people.as(couple.second(), calendars::turnOnMine)).isNotEqualTo(address);
    }

    @Test
    void a_replaced_address_stops_at_once_and_the_new_one_works() {
        URI old = people.as(couple.first(), calendars::turnOnMine);

        URI replaced = people.as(couple.first(), calendars::replaceMine);

        assertThat(replaced).isNotEqualTo(old);
        assertThat(calendars.feed(Secrets.of(old))).isEmpty();
        assertThat(calendars.feed(Secrets.of(replaced))).isPresent();
    }

    @Test
    void an_address_turned_off_stops_at_once() {
        URI address = people.as(couple.first(), calendars::turnOnMine);

        people.as(couple.first(), calendars::turnOffMine);

        assertThat(calendars.feed(Secrets.of(address))).isEmpty();
        assertThat(people.as(couple.first(), calendars::myAddress)).isEmpty();
    }

    @Test
    void only_the_whole_secret_opens_a_feed() {
        URI address = people.as(couple.first(), calendars::turnOnMine);
        String secret = Secrets.of(address);

        assertThat(calendars.feed(secret.substring(1))).isEmpty();
        assertThat(calendars.feed("x".repeat(5000))).isEmpty();
        assertThat(calendars.feed(null)).isEmpty();
        assertThat(calendars.feed(secret)).isPresent();
    }

    @Test
    void the_counsellor_gets_neither_what_was_kept_from_them_nor_the_couples_check_in() {
        LocalDate review = LocalDate.now().plusMonths(2);
        people.as(couple.first(), () -> values.writeBoundary(couple.spaceId(),
                new BoundaryDraft(BoundaryKind.TIME, "Words", true, review), true));
        people.as(couple.second(), () -> values.writeBoundary(couple.spaceId(),
                new BoundaryDraft(BoundaryKind.EMOTIONAL, "Kept words", false, review), true));
        agreedValue("Honesty", true, review);
        agreedValue("Privacy", false, review);
        people.as(couple.first(), () -> checkins.proposeRhythm(couple.spaceId(), new RhythmProposal(DayOfWeek.SUNDAY, LocalTime.of(19, 0), 1)));
        people.as(couple.second(), () -> checkins.acceptRhythm(couple.spaceId()));

        CalendarDates.SpaceDates partners = only(dates(couple.first()));
        CalendarDates.SpaceDates counsellors = only(dates(couple.counsellor()));

        assertThat(partners.checkin()).isNotNull();
        assertThat(partners.reviews()).extracting(Review::subject, Review::title, Review::boundaryKind).containsExactlyInAnyOrder(
                tuple(Subject.BOUNDARY, null, BoundaryKind.TIME),
                tuple(Subject.BOUNDARY, null, BoundaryKind.EMOTIONAL),
                tuple(Subject.SHARED_VALUE, "Honesty", null),
                tuple(Subject.SHARED_VALUE, "Privacy", null));
        assertThat(counsellors.checkin()).isNull();
        assertThat(counsellors.reviews()).extracting(Review::subject, Review::title, Review::boundaryKind).containsExactlyInAnyOrder(
                tuple(Subject.BOUNDARY, null, BoundaryKind.TIME),
                tuple(Subject.SHARED_VALUE, "Honesty", null));
    }

    @Test
    void a_partner_who_left_gets_nothing_more_of_the_space() {
        URI address = people.as(couple.second(), calendars::turnOnMine);
        assertThat(dates(address).spaces()).extracting(CalendarDates.SpaceDates::spaceId).containsExactly(couple.spaceId());

        people.as(couple.second(), () -> leaving.leave(couple.spaceId()));

        assertThat(dates(address).spaces()).isEmpty();
    }

    @Test
    void a_deleted_accounts_address_stops() {
        URI address = people.as(couple.second(), calendars::turnOnMine);

        people.as(couple.second(), () -> accounts.deleteAccount(TestPeople.PASSWORD));

        assertThat(calendars.feed(Secrets.of(address))).isEmpty();
    }

    @Test
    void the_same_data_makes_the_same_dates() {
        URI address = people.as(couple.first(), calendars::turnOnMine);

        assertThat(dates(address)).isEqualTo(dates(address));
    }

    private void agreedValue(String name, boolean sharedWithCounsellor, LocalDate review) {
        UUID id = people.as(couple.first(), () -> values.proposeValue(couple.spaceId(),
                new SharedValueDraft(name, "What it means to us", List.of(), review, sharedWithCounsellor)));
        int revision = people.as(couple.second(), () -> values.page(couple.spaceId())).shared().stream()
                .filter(v -> v.id().equals(id)).findFirst().orElseThrow().revision();
        people.as(couple.second(), () -> values.acceptValue(id, revision));
    }

    private CalendarDates dates(TestPeople.Person person) {
        return dates(people.as(person, calendars::turnOnMine));
    }

    private CalendarDates dates(URI address) {
        Optional<CalendarDates> dates = calendars.feed(Secrets.of(address));
        assertThat(dates).isPresent();
        return dates.get();
    }

    private static CalendarDates.SpaceDates only(CalendarDates dates) {
        assertThat(dates.spaces()).hasSize(1);
        return dates.spaces().getFirst();
    }
}
