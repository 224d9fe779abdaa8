package app.commonground.account;

import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Couple;
import app.commonground.TestPeople.Person;
import app.commonground.board.BoardService;
import app.commonground.board.BoardService.Placement;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Download my data" from a screen in German: the README and the copy to read are in German, what people wrote
 * stays as they wrote it, and the JSON files are the very bytes of the English export, for machines.
 */
@IntegrationTest
class MyDataInGermanServiceTest {

    @Autowired
    TestPeople people;
    @Autowired
    AccountService accounts;
    @Autowired
    BoardService board;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_person_who_reads_german_gets_the_readme_and_the_copy_to_read_in_german_and_the_same_json() throws IOException {
        Couple couple = people.newPartners();
        Person sam = couple.second();
        UUID goal = people.as(sam, () -> board.add(couple.spaceId(), Placement.MINE,
                ItemDraft.idea(ItemKind.GOAL, "Öfter zusammen kochen & „tanzen“"))).id();
        jdbc.sql("update board_item set created_at = ?, target_date = ? where id = ?")
                .params(OffsetDateTime.of(2026, 12, 7, 14, 5, 0, 0, ZoneOffset.UTC), LocalDate.of(2027, 5, 1), goal).update();
        jdbc.sql("""
                insert into reminder_settings (account_id, kinds, quiet_from, quiet_to, time_zone, version)
                values (?, '', '22:00', '08:00', 'Europe/Berlin', 0)""").param(sam.id()).update();

        Map<String, byte[]> germanFiles = export(sam, Locale.forLanguageTag("de-DE"));
        Map<String, byte[]> englishFiles = export(sam, Locale.ENGLISH);
        Map<String, String> german = text(germanFiles);
        Map<String, String> english = text(englishFiles);

        assertThat(german.get("README.txt")).startsWith("Deine Daten aus Common Ground\n")
                .contains("my-data.html                 alles Folgende, zum Lesen in einem Browser\n",
                        "goals-and-hobbies.json       Deine Ziele und Hobbys, und die gemeinsamen\n",
                        "reminder-choices.json        Deine Auswahl für Erinnerungen\n", "„Your data“")
                .doesNotContain("Your data from", "Your goals");
        String page = german.get("my-data.html");
        assertThat(page).contains("<html lang=\"de\">", "<title>Meine Daten · Common Ground</title>",
                        "<h1>Meine Daten: " + sam.name() + "</h1>", "so wie es am ",
                        "<h2>Deine Ziele und Hobbys, und die gemeinsamen</h2>",
                        "<dt>Titel</dt><dd>Öfter zusammen kochen &amp; „tanzen“</dd>",
                        "<dt>Geteilt</dt><dd>nein</dd>",
                        "<dt>Von dir hinzugefügt</dt><dd>ja</dd>",
                        "<dt>Erstellt am</dt><dd>7. Dez. 2026, 14:05 UTC</dd>", "<dt>Zieldatum</dt><dd>1. Mai 2027</dd>",
                        "<h2>Sitzungen mit der Beratung</h2>\n<p class=\"none\">Hier ist nichts.</p>",
                        "<dt>E-Mails zu</dt><dd>nichts: Alle Erinnerungen sind aus</dd>",
                        "<dt>Ruhezeit von</dt><dd>22:00</dd><dt>Ruhezeit bis</dt><dd>08:00</dd>")
                .doesNotContain("lang=\"en\"", "My data", "Nothing here", "<dd>yes</dd>", "<dd>no</dd>", "Created at",
                        "Dec 2026", "every reminder is off");
        assertThat(english.get("my-data.html")).contains("<html lang=\"en\">",
                "<h2>Your goals and hobbies, and the shared ones</h2>", "<dt>Created at</dt><dd>7 Dec 2026, 14:05 UTC</dd>",
                "<dt>Target date</dt><dd>2027-05-01</dd>",
                "<dt>Title</dt><dd>Öfter zusammen kochen &amp; „tanzen“</dd>",
                "<dt>Emails about</dt><dd>nothing: every reminder is off</dd>");

        assertThat(germanFiles.keySet()).isEqualTo(englishFiles.keySet());
        for (String file : germanFiles.keySet().stream().filter(name -> name.endsWith(".json")).toList()) {
            assertThat(germanFiles.get(file)).as(file).isEqualTo(englishFiles.get(file));
        }
        assertThat(german.get("goals-and-hobbies.json"))
                .contains("\"title\":\"Öfter zusammen kochen & „tanzen“\"", "\"createdAt\":\"2026-12-07T14:05:00Z\"",
                        "\"targetDate\":\"2027-05-01\"");
        assertThat(german.get("reminder-choices.json")).contains("\"kinds\":\"\"", "\"quietFrom\":\"22:00:00\"");
    }

    /** The person's export from a screen in {@code language}, file by file, as bytes. */
    private Map<String, byte[]> export(Person person, Locale language) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        people.as(person, () -> accounts.exportMyData(zip, language));
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                files.put(entry.getName(), entries.readAllBytes());
            }
        }
        return files;
    }

    private static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> text = new LinkedHashMap<>();
        files.forEach((name, bytes) -> text.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return text;
    }
}
