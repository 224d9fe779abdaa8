package app.commonground.reminder;

import app.commonground.TestPeople;
import app.commonground.TestPeople.Couple;
import app.commonground.TestPeople.Person;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;

import static app.commonground.reminder.TestMailServer.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reminder's unsubscribe header as mail apps use it (RFC 8058): the email from a real SMTP server, then its link
 * posted to the running app the way a mail app posts it, signed out and without cookies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestPeople.class)
class OneClickUnsubscribeTest {

    static final TestMailServer smtp = new TestMailServer();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        smtp.register(registry);
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    TestPeople people;
    @Autowired
    ResponsibilityService responsibilities;
    @Autowired
    ReminderSender sender;
    @Autowired
    ReminderSettings settings;

    private final HttpClient mailApp = HttpClient.newHttpClient();
    Person sam;
    MimeMessage email;

    @BeforeEach
    void samGetsAReminder() {
        Couple couple = people.newPartners();
        sam = couple.second();
        settings.save(sam.id(), new ReminderChoices(EnumSet.allOf(ReminderKind.class), LocalTime.MIDNIGHT,
                LocalTime.MIDNIGHT, ZoneOffset.UTC));
        people.as(couple.first(), () -> responsibilities.propose(couple.spaceId(), new ResponsibilityDraft("Bins",
                Area.HOUSEHOLD, sam.id(), Cadence.WEEKLY, "Out on Sunday night", 15, null)));
        sender.sendDue(Instant.now().plus(Duration.ofMinutes(31)));
        email = smtp.to(sam).getFirst();
    }

    @Test
    void the_email_offers_one_click_and_the_mail_apps_post_turns_every_reminder_off_once_and_for_all()
            throws Exception {
        assertThat(header(email, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

        HttpResponse<String> first = oneClick(link(), "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        HttpResponse<String> again = oneClick(link(), "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).as("a second post changes nothing more").isEqualTo(200);
        assertThat(first.headers().allValues("Set-Cookie")).as("no session").isEmpty();
        assertThat(settings.of(sam.id()).kinds()).isEmpty();
    }

    @Test
    void the_one_click_post_may_come_as_multipart_form_data() throws Exception {
        String form = """
                --cut\r
                Content-Disposition: form-data; name="List-Unsubscribe"\r
                \r
                One-Click\r
                --cut--\r
                """;

        HttpResponse<String> posted = oneClick(link(), "multipart/form-data; boundary=cut", form);

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(settings.of(sam.id()).kinds()).isEmpty();
    }

    @Test
    void a_changed_link_or_a_post_without_one_click_changes_nothing() throws Exception {
        URI link = link();
        String token = link.getPath().substring(link.getPath().lastIndexOf('/') + 1);
        URI changed = link.resolve(token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"));

        HttpResponse<String> forged = oneClick(changed, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        HttpResponse<String> notOneClick = oneClick(link, "application/x-www-form-urlencoded", "List-Unsubscribe=Maybe");

        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(notOneClick.statusCode()).isEqualTo(400);
        assertThat(settings.of(sam.id()).kinds()).isNotEmpty();
    }

    @Test
    void opening_the_link_still_shows_the_page_and_changes_nothing() throws Exception {
        HttpResponse<String> page = mailApp.send(HttpRequest.newBuilder(link()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(settings.of(sam.id()).kinds()).isNotEmpty();
    }

    /** The header's link, on this test's server. */
    private URI link() {
        String header = header(email, "List-Unsubscribe");
        URI inEmail = URI.create(header.substring(header.indexOf('<') + 1, header.indexOf('>')));
        return URI.create("http://localhost:" + port + inEmail.getPath());
    }

    private HttpResponse<String> oneClick(URI link, String contentType, String body) throws Exception {
        return mailApp.send(HttpRequest.newBuilder(link).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
