package app.commonground.reminder;

import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Person;
import app.commonground.base.personaldata.PersonalDataExport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's reminders in their export: as stored in the JSON files, in words in the readable copy. */
@IntegrationTest
class ReminderPersonalDataServiceTest {

    @Autowired
    TestPeople people;
    @Autowired
    ReminderSettings settings;
    @Autowired
    PersonalDataExport export;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_readable_copy_says_the_reminder_choices_in_words_and_the_json_keeps_them_as_stored() throws IOException {
        Person sam = people.newPerson("Sam");
        settings.save(sam.id(), ReminderChoices.defaults(ZoneId.of("Europe/Berlin")));

        Map<String, String> files = exportOf(sam);

        assertThat(files.get("my-data.html")).contains("Emails about", "proposals, hand-overs, restatements to confirm",
                        "<dd>22:00</dd>", "<dd>08:00</dd>", "Europe/Berlin")
                .doesNotContain("HAND_OVER", "22:00:00");
        assertThat(files.get("reminder-choices.json"))
                .contains("PROPOSAL,HAND_OVER,RESTATEMENT,REVEAL,COUNSELLOR_REQUEST,REVIEW,CHECKIN_TIME,SESSION", "22:00:00");
    }

    @Test
    void the_readable_copy_says_what_a_days_email_was_about_and_what_became_of_it_in_words() throws IOException {
        TestPeople.Couple couple = people.newPartners();
        Person sam = couple.second();
        jdbc.sql("""
                        insert into reminder (id, account_id, space_id, local_day, waiting, waiting_since, send_after,
                                              status, attempts, version)
                        values (?, ?, ?, ?, ?, current_timestamp, current_timestamp, 'DROPPED', 0, 0)""")
                .params(UUID.randomUUID(), sam.id(), couple.spaceId(), LocalDate.now(),
                        "PROPOSAL:" + UUID.randomUUID() + ";COUNSELLOR_REQUEST:" + UUID.randomUUID()).update();

        Map<String, String> files = exportOf(sam);

        assertThat(files.get("my-data.html")).contains("proposals, counsellor requests", "not sent")
                .doesNotContain("COUNSELLOR_REQUEST", "DROPPED");
        assertThat(files.get("reminder-emails.json")).contains("PROPOSAL, COUNSELLOR_REQUEST", "DROPPED");
    }

    private Map<String, String> exportOf(Person person) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        export.write(person.id(), person.name(), Locale.ENGLISH, zip);
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.put(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
