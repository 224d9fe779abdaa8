package app.commonground.reminder;

import app.commonground.IntegrationTest;
import app.commonground.TestPeople.Couple;
import app.commonground.TestPeople.Person;
import app.commonground.TestPeople;
import app.commonground.account.AccountService;
import app.commonground.base.InvalidInputException;
import app.commonground.board.PresenceService;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.RhythmProposal;
import app.commonground.counselling.NextSessionService;
import app.commonground.counselling.SessionTime;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.space.InvitationService;
import app.commonground.space.LeavingService;
import app.commonground.values.BoundaryDraft;
import app.commonground.values.BoundaryKind;
import app.commonground.values.ValuesService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.commonground.reminder.TestMailServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reminder emails through a real SMTP server (GreenMail) started here. The sender is driven with the moment
 * "now" it should act at, so 30 minutes, quiet hours and days pass at once; each partner's time zone is set so
 * that it is mid-morning for them when a test runs.
 */
@IntegrationTest
class ReminderServiceTest {

    static final TestMailServer smtp = new TestMailServer();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        smtp.register(registry);
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Autowired
    TestPeople people;
    @Autowired
    ResponsibilityService responsibilities;
    @Autowired
    PresenceService presence;
    @Autowired
    ReminderSender sender;
    @Autowired
    ReminderSettings settings;
    @Autowired
    ReminderService service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationService invitations;
    @Autowired
    LeavingService leaving;
    @Autowired
    DueReminders due;
    @Autowired
    ValuesService values;
    @Autowired
    CheckinService checkins;
    @Autowired
    NextSessionService nextSession;
    @Autowired
    AccountService accounts;

    Couple couple;
    Person alex;
    Person sam;
    ZoneOffset samsZone;

    @BeforeEach
    void aCoupleWhereItIsMidMorningForSam() {
        couple = people.newPartners();
        alex = couple.first();
        sam = couple.second();
        int minutesNow = Instant.now().atZone(ZoneOffset.UTC).toLocalTime().toSecondOfDay() / 60;
        int offset = Math.floorMod(10 * 60 - minutesNow + 12 * 60, 24 * 60) - 12 * 60;
        samsZone = ZoneOffset.ofTotalSeconds(offset * 60);
        settings.save(sam.id(), ReminderChoices.defaults(samsZone));
    }

    @Test
    void the_partner_it_waits_for_gets_one_email_after_half_an_hour_with_a_link_and_no_words_of_the_step()
            throws Exception {
        Instant now = Instant.now();
        people.as(alex, () -> responsibilities.propose(couple.spaceId(), new ResponsibilityDraft("Bins marker-title-7Q",
                Area.HOUSEHOLD, sam.id(), Cadence.WEEKLY, "marker-done-means-7Q", 15, "marker-notes-7Q")));

        sender.sendDue(now.plus(Duration.ofMinutes(29)));
        assertThat(smtp.to(sam)).as("not before half an hour").isEmpty();
        sender.sendDue(now.plus(Duration.ofMinutes(31)));

        List<MimeMessage> received = smtp.to(sam);
        assertThat(received).hasSize(1);
        MimeMessage email = received.getFirst();
        String body = text(email);
        assertThat(email.getSubject()).isEqualTo("Something waits for you in Common Ground");
        assertThat(body).contains("Hello Sam,", "In Alex & Sam's space: Alex proposed a change.",
                "/spaces/" + couple.spaceId(), "/reminders/unsubscribe/", "/account").doesNotContain("marker");
        assertThat(email.getSubject()).doesNotContain("marker");
        assertThat(email.getHeader("List-Unsubscribe")).isNotEmpty();
        assertThat(smtp.to(alex)).as("never to the one who acted").isEmpty();
        sender.sendDue(now.plus(Duration.ofMinutes(40)));
        assertThat(smtp.to(sam)).hasSize(1);
    }

    @Test
    void a_partner_who_reads_german_gets_the_reminder_in_german_with_the_names_as_written() throws Exception {
        people.as(sam, () -> accounts.chooseLanguage(Optional.of(Locale.GERMAN)));
        Instant now = Instant.now();
        people.as(alex, () -> responsibilities.propose(couple.spaceId(), draft("Müll rausbringen marker-title-3D")));

        sender.sendDue(now.plus(Duration.ofMinutes(31)));

        MimeMessage email = smtp.to(sam).getFirst();
        assertThat(TestMailServer.subject(email)).isEqualTo("Etwas wartet in Common Ground auf dich");
        assertThat(text(email)).contains("Hallo Sam,", "Im Raum von Alex & Sam: Alex hat eine Änderung vorgeschlagen.",
                "Dein:e Partner:in erfährt nicht, ob wir dir eine geschickt haben.",
                "Alle diese E-Mails abbestellen: ", "/reminders/unsubscribe/")
                .doesNotContain("marker", "Hello", "In Alex");
    }

    @Test
    void nothing_is_sent_when_the_person_opened_the_space_within_half_an_hour() {
        Instant now = Instant.now();
        people.as(alex, () -> responsibilities.propose(couple.spaceId(), draft("Bins")));

        people.as(sam, () -> presence.enter(couple.spaceId(), UUID.randomUUID().toString()));
        sender.sendDue(now.plus(Duration.ofMinutes(31)));

        assertThat(smtp.to(sam)).isEmpty();
        assertThat(statusFor(sam)).isEqualTo("DROPPED");
    }

    @Test
    void someone_who_closed_the_space_just_before_the_partners_step_is_still_reminded_of_it() {
        Instant now = Instant.now();
        String samsScreen = UUID.randomUUID().toString();
        people.as(sam, () -> presence.enter(couple.spaceId(), samsScreen));
        presence.leave(couple.spaceId(), samsScreen);
        people.as(alex, () -> responsibilities.propose(couple.spaceId(), draft("Bins")));

        sender.sendDue(now.plus(Duration.ofMinutes(31)));

        assertThat(smtp.to(sam)).hasSize(1);
    }

    @Test
    void the_subject_names_nobody_and_the_email_itself_says_who_asks_what_in_which_space() {
        Instant now = Instant.now();
        Person counsellor = people.newPerson("Dr Xavier");
        String invitation = people.as(alex, () -> invitations.inviteCounsellor(couple.spaceId()).token());
        people.as(counsellor, () -> invitations.accept(invitation));

        sender.sendDue(now.plus(Duration.ofMinutes(31)));

        MimeMessage email = smtp.to(sam).getFirst();
        assertThat(TestMailServer.subject(email)).isEqualTo("Something waits for you in Common Ground");
        assertThat(text(email)).contains("In Alex & Sam's space: Dr Xavier asks to observe your space");
    }

    @Test
    void what_no_longer_waits_is_not_sent_a_proposal_by_a_partner_who_left_or_a_counsellor_already_let_in() {
        Instant now = Instant.now();
        people.withCounsellor(couple, people.newPerson("Dr Lee"));
        people.as(alex, () -> responsibilities.propose(couple.spaceId(), draft("Bins")));
        people.as(alex, () -> leaving.leave(couple.spaceId()));

        sender.sendDue(now.plus(Duration.ofMinutes(31)));

        assertThat(smtp.to(sam)).isEmpty();
        assertThat(statusFor(sam)).isEqualTo("DROPPED");
    }

    @Test
    void a_review_date_that_has_come_wakes_each_partner_once_and_so_does_the_check_in_time() throws Exception {
        Instant now = Instant.now();
        LocalDate samsTomorrow = LocalDate.now(samsZone).plusDays(1);
        people.as(alex, () -> values.writeBoundary(couple.spaceId(), new BoundaryDraft(BoundaryKind.TIME,
                "marker-boundary-words-3K", false, samsTomorrow), true));

        due.look(now);
        sender.sendDue(now.plus(Duration.ofMinutes(31)));
        assertThat(smtp.to(sam)).as("not due yet").isEmpty();

        Instant tomorrow = now.plus(Duration.ofDays(1));
        due.look(tomorrow);
        due.look(tomorrow.plus(Duration.ofMinutes(10)));
        sender.sendDue(tomorrow.plus(Duration.ofMinutes(31)));
        assertThat(smtp.to(sam)).hasSize(1);
        assertThat(text(smtp.to(sam).getFirst()))
                .contains("In Alex & Sam's space: Something you agreed on is due for review.").doesNotContain("marker");

        LocalTime samsTime = tomorrow.atZone(samsZone).toLocalTime().minusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
        people.as(alex, () -> checkins.proposeRhythm(couple.spaceId(),
                new RhythmProposal(tomorrow.atZone(samsZone).getDayOfWeek(), samsTime, 1)));
        people.as(sam, () -> checkins.acceptRhythm(couple.spaceId()));
        due.look(tomorrow);
        due.look(tomorrow.plus(Duration.ofMinutes(20)));
        sender.sendDue(tomorrow.plus(Duration.ofDays(1)).minus(Duration.ofHours(1)));

        assertThat(smtp.to(sam)).hasSize(2);
        assertThat(text(smtp.to(sam).getLast())).contains("In Alex & Sam's space, 2 things wait for you:",
                "It's time for your check-in", "Alex proposed a change");
    }

    @Test
    void quiet_hours_hold_the_email_until_they_end() {
        Instant now = Instant.now();
        LocalTime samsNow = now.atZone(samsZone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        settings.save(sam.id(), new ReminderChoices(EnumSet.allOf(ReminderKind.class), samsNow.plusMinutes(10),
                samsNow.plusHours(3), samsZone));
        people.as(alex, () -> responsibilities.propose(couple.spaceId(), draft("Bins")));

        sender.sendDue(now.plus(Duration.ofMinutes(31)));
        sender.sendDue(now.plus(Duration.ofMinutes(170)));
        assertThat(smtp.to(sam)).as("inside the quiet hours").isEmpty();

        sender.sendDue(now.plus(Duration.ofMinutes(181)));
        assertThat(smtp.to(sam)).hasSize(1);
    }

    @Test
    void one_email_a_day_per_space_gathers_everything_waiting_and_the_next_waits_for_the_next_day() throws Exception {
        Instant now = Instant.now();
        people.as(alex, () -> responsibilities.propose(couple.spaceId(), draft("Bins")));
        Person lee = people.newPerson("Dr Lee");
        String invitation = people.as(alex, () -> invitations.inviteCounsellor(couple.spaceId()).token());
        people.as(lee, () -> invitations.accept(invitation));

        sender.sendDue(now.plus(Duration.ofMinutes(31)));
        List<MimeMessage> first = smtp.to(sam);
        assertThat(first).hasSize(1);
        assertThat(text(first.getFirst())).contains("In Alex & Sam's space, 2 things wait for you:",
                "- Alex proposed a change.",
                "- Dr Lee asks to observe your space");

        people.as(alex, () -> responsibilities.propose(couple.spaceId(), draft("Laundry")));
        sender.sendDue(now.plus(Duration.ofHours(3)));
        assertThat(smtp.to(sam)).as("one a day").hasSize(1);

        sender.sendDue(now.plus(Duration.ofHours(23)));
        assertThat(smtp.to(sam)).as("the next day, after the quiet hours").hasSize(2);
    }

    @Test
    void the_link_in_the_email_turns_every_reminder_off_without_signing_in_and_a_changed_link_does_nothing()
            throws Exception {
        Instant now = Instant.now();
        people.as(alex, () -> responsibilities.propose(couple.spaceId(), draft("Bins")));
        sender.sendDue(now.plus(Duration.ofMinutes(31)));
        Matcher link = Pattern.compile("/reminders/unsubscribe/(\\S+)").matcher(text(smtp.to(sam).getFirst()));
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        String changed = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThat(service.unsubscribe(changed)).isFalse();
        assertThat(service.unsubscribe(UUID.randomUUID() + "." + token.substring(token.indexOf('.') + 1))).isFalse();
        assertThat(settings.of(sam.id()).kinds()).isNotEmpty();
        assertThat(service.unsubscribe(token)).isTrue();

        assertThat(settings.of(sam.id()).kinds()).isEmpty();
        people.as(alex, () -> responsibilities.propose(couple.spaceId(), draft("Laundry")));
        sender.sendDue(now.plus(Duration.ofDays(1)));
        assertThat(smtp.to(sam)).hasSize(1);
    }

    @Test
    void quiet_hours_that_are_not_a_time_of_day_are_refused_field_by_field_and_nothing_is_saved() {
        ReminderChoices before = settings.of(sam.id());

        assertThatThrownBy(() -> people.as(sam, () -> service.saveMyChoices(new NewReminderChoices(Set.of(),
                "22:00", "25:99", samsZone))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems()).containsOnlyKeys("quietTo"));
        assertThatThrownBy(() -> people.as(sam, () -> service.saveMyChoices(new NewReminderChoices(Set.of(),
                "soon", "08:00", samsZone))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems()).containsOnlyKeys("quietFrom"));

        assertThat(settings.of(sam.id())).isEqualTo(before);
    }

    @Test
    void a_mail_server_that_is_down_and_comes_back_gets_the_message_exactly_once() {
        Instant now = Instant.now();
        people.as(alex, () -> responsibilities.propose(couple.spaceId(), draft("Bins")));
        smtp.stop();
        try {
            assertThat(sender.sendDue(now.plus(Duration.ofMinutes(31)))).isZero();
            assertThat(attemptsFor(sam)).isEqualTo(1);
        } finally {
            smtp.restart();
        }
        sender.sendDue(now.plus(Duration.ofMinutes(31)).plusSeconds(10));
        assertThat(smtp.to(sam)).as("waits before trying again").isEmpty();

        sender.sendDue(now.plus(Duration.ofMinutes(32)));
        sender.sendDue(now.plus(Duration.ofMinutes(45)));
        sender.sendDue(now.plus(Duration.ofDays(2)));

        assertThat(smtp.to(sam)).hasSize(1);
        assertThat(statusFor(sam)).isEqualTo("SENT");
    }

    @Test
    void two_servers_sending_at_the_same_moment_send_a_message_once() throws Exception {
        Instant now = Instant.now();
        people.as(alex, () -> responsibilities.propose(couple.spaceId(), draft("Bins")));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = List.of(
                    servers.submit(() -> {
                        together.await();
                        return sender.sendDue(now.plus(Duration.ofMinutes(31)));
                    }),
                    servers.submit(() -> {
                        together.await();
                        return sender.sendDue(now.plus(Duration.ofMinutes(31)));
                    }));
            for (Future<Integer> each : sent) {
                each.get();
            }
        } finally {
            servers.shutdown();
        }
        assertThat(smtp.to(sam)).hasSize(1);
    }

    @Test
    void finished_messages_and_calendar_marks_go_after_ninety_days_and_what_still_waits_stays() {
        Instant now = Instant.now();
        people.as(alex, () -> responsibilities.propose(couple.spaceId(), draft("Bins")));
        LocalDate longAgo = LocalDate.now().minusDays(120);
        jdbc.sql("""
                        insert into reminder (id, account_id, space_id, local_day, waiting, waiting_since, send_after,
                                              status, attempts, version, sent_at)
                        values (?, ?, ?, ?, 'PROPOSAL:', current_timestamp, current_timestamp, 'SENT', 0, 0, current_timestamp)""")
                .params(UUID.randomUUID(), sam.id(), couple.spaceId(), longAgo).update();
        jdbc.sql("insert into reminder_due (account_id, subject_id, due_on) values (?, ?, ?)")
                .params(sam.id(), UUID.randomUUID(), longAgo).update();

        sender.forgetOld(now);

        assertThat(jdbc.sql("select status from reminder where account_id = ?").param(sam.id()).query(String.class).list())
                .containsExactly("WAITING");
        assertThat(jdbc.sql("select count(*) from reminder_due where account_id = ?").param(sam.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_planned_session_wakes_each_partner_and_the_counsellor_once_on_their_day_before_with_its_time_where_they_live()
            throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        Person rivera = aCounsellorWithASessionPlanned(berlin, auckland);
        LocalDate day = LocalDate.now(berlin).plusDays(3);
        Instant startsAt = day.atTime(18, 0).atZone(berlin).toInstant();
        people.as(sam, () -> nextSession.askForAnotherTime(couple.spaceId(), "marker-request-words-5T"));

        Instant theCouplesDayBefore = noonTheDayBefore(startsAt, auckland);
        Instant riverasDayBefore = noonTheDayBefore(startsAt, berlin);
        Instant last = Collections.max(List.of(theCouplesDayBefore, riverasDayBefore));
        for (Instant moment : List.of(Collections.min(List.of(theCouplesDayBefore, riverasDayBefore)), last,
                last.plus(Duration.ofMinutes(10)))) {
            due.look(moment);
        }
        sender.sendDue(last.plus(Duration.ofMinutes(31)));
        due.look(last.plus(Duration.ofHours(12)));
        sender.sendDue(last.plus(Duration.ofHours(13)));

        for (Person partner : List.of(alex, sam)) {
            assertThat(smtp.to(partner)).hasSize(1);
            assertThat(text(smtp.to(partner).getFirst())).contains("In Alex & Sam's space: Next session with Dr Rivera: "
                    + WHEN.format(startsAt.atZone(auckland)) + " (your time, Pacific/Auckland).",
                    "/spaces/" + couple.spaceId()).doesNotContain("marker");
        }
        assertThat(smtp.to(rivera)).hasSize(1);
        assertThat(text(smtp.to(rivera).getFirst())).contains("In Alex & Sam's space: Next session: "
                + WHEN.format(startsAt.atZone(berlin)) + " (your time, Europe/Berlin).", "The couple don't know")
                .doesNotContain("marker");
        assertThat(WHEN.format(startsAt.atZone(auckland))).isNotEqualTo(WHEN.format(startsAt.atZone(berlin)));
    }

    @Test
    void someone_who_turned_session_reminders_off_is_not_told_of_the_next_session() throws Exception {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        aCounsellorWithASessionPlanned(auckland, auckland);
        settings.save(sam.id(), settings.of(sam.id()).withKinds(EnumSet.complementOf(EnumSet.of(ReminderKind.SESSION))));
        Instant startsAt = LocalDate.now(auckland).plusDays(3).atTime(18, 0).atZone(auckland).toInstant();

        due.look(noonTheDayBefore(startsAt, auckland));
        sender.sendDue(noonTheDayBefore(startsAt, auckland).plus(Duration.ofMinutes(31)));

        assertThat(smtp.to(alex)).hasSize(1);
        assertThat(smtp.to(sam)).isEmpty();
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

    /**
     * Dr Rivera, the couple's counsellor, living in {@code counsellorsZone} with the couple in {@code couplesZone}
     * (no quiet hours for anyone, so only the days count), has planned a session at 18:00 in three days, where
     * they are.
     */
    private Person aCounsellorWithASessionPlanned(ZoneId counsellorsZone, ZoneId couplesZone) {
        Person rivera = people.newPerson("Dr Rivera");
        people.withCounsellor(couple, rivera);
        LocalTime never = LocalTime.MIDNIGHT;
        settings.save(rivera.id(), new ReminderChoices(EnumSet.allOf(ReminderKind.class), never, never, counsellorsZone));
        for (Person partner : List.of(alex, sam)) {
            settings.save(partner.id(), new ReminderChoices(EnumSet.allOf(ReminderKind.class), never, never, couplesZone));
        }
        people.as(rivera, () -> nextSession.plan(couple.spaceId(),
                new SessionTime(LocalDate.now(counsellorsZone).plusDays(3), "18:00", counsellorsZone)));
        return rivera;
    }

    private static Instant noonTheDayBefore(Instant startsAt, ZoneId zone) {
        return startsAt.atZone(zone).toLocalDate().minusDays(1).atTime(12, 0).atZone(zone).toInstant();
    }

    private String statusFor(Person person) {
        return jdbc.sql("select status from reminder where account_id = ?").param(person.id()).query(String.class).single();
    }

    private int attemptsFor(Person person) {
        return jdbc.sql("select attempts from reminder where account_id = ?").param(person.id()).query(Integer.class).single();
    }

    private ResponsibilityDraft draft(String title) {
        return new ResponsibilityDraft(title, Area.HOUSEHOLD, sam.id(), Cadence.WEEKLY, "Done properly", 15, null);
    }
}
