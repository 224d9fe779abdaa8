package app.commonground.base.personaldata;

import app.commonground.BrowserTest;
import app.commonground.IntegrationTest;
import app.commonground.TestPeople;
import app.commonground.TestPeople.Person;
import app.commonground.reminder.ReminderService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The readable copy of an export ("my-data.html") on a 390 px wide phone: every card fits, nothing slides sideways. */
@IntegrationTest
class PersonalDataExportOnAPhoneTest {

    @Autowired
    TestPeople people;
    @Autowired
    PersonalDataExport export;
    @Autowired
    ReminderService reminders;

    @Test
    void the_readable_copy_fits_a_phone(@TempDir Path folder) throws IOException {
        Person sam = people.newPartners().second();
        people.as(sam, () -> reminders.knowMyZone(ZoneId.of("America/Argentina/Buenos_Aires")));
        Path page = folder.resolve("my-data.html");
        Files.write(page, readableCopy(sam));

        WebDriver phone = BrowserTest.chromium();
        try {
            phone.manage().window().setSize(new Dimension(390, 844));
            phone.get(page.toUri().toString());
            long sideways = (Long) ((JavascriptExecutor) phone).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(sideways).as("pixels the page reaches past the screen's edge").isLessThanOrEqualTo(0);
        } finally {
            phone.quit();
        }
    }

    private byte[] readableCopy(Person person) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        export.write(person.id(), person.name(), Locale.ENGLISH, zip);
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals("my-data.html")) {
                    return entries.readAllBytes();
                }
            }
        }
        throw new AssertionError("No my-data.html in the export");
    }
}
