package app.commonground.base.personaldata;

import app.commonground.base.Transactions;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a person's export as one ZIP, as it is read: a JSON file per kind of record (an array of objects),
 * a readable HTML copy of the same records (a card per record), and a short README. Each kind is read twice (once per format), row
 * by row, so years of activity never sit in memory. Runs in one read-only transaction: what it shows is one
 * moment's truth.
 */
@Component
public class PersonalDataExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final List<PersonalData> features;
    private final Transactions transactions;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    PersonalDataExport(List<PersonalData> features, Transactions transactions, Clock clock) {
        this.features = features;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Every section, in order. */
    public List<PersonalData.Section> sections() {
        return features.stream().flatMap(feature -> feature.sections().stream()).toList();
    }

    /** Writes the person's whole export to {@code out} (not closed). */
    public void write(UUID personId, String personName, OutputStream out) {
        transactions.read(() -> {
            try {
                ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                List<PersonalData.Section> sections = sections();
                zip.putNextEntry(new ZipEntry("README.txt"));
                zip.write(readme(sections).getBytes(StandardCharsets.UTF_8));
                for (PersonalData.Section section : sections) {
                    zip.putNextEntry(new ZipEntry(section.file() + ".json"));
                    writeJson(section, personId, zip);
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry("my-data.html"));
                writeHtml(sections, personId, personName, clock.instant(), zip);
                zip.closeEntry();
                zip.finish();
                zip.close();
                return null;
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        });
    }

    private void writeJson(PersonalData.Section section, UUID personId, OutputStream out) {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            section.rows().write(personId, generator::writePOJO);
            generator.writeEndArray();
        }
    }

    private static String readme(List<PersonalData.Section> sections) {
        StringBuilder text = new StringBuilder("""
                Your data from Common Ground
                
                my-data.html                 everything below, to read in a browser
                """);
        sections.forEach(section -> text.append(String.format("%-28s %s%n", section.file() + ".json", section.title())));
        text.append("""
                
                Each .json file holds a list of records; times are in UTC (ISO 8601). What each field means is
                described in the project's README, under "Your data". Other people's private text (their drafts,
                unshared answers, self-checks) and counsellors' notes are never part of it.
                """);
        return text.toString();
    }

    private static void writeHtml(List<PersonalData.Section> sections, UUID personId, String personName, Instant now,
                                  OutputStream out) throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        html.write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>My data · Common Ground</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <style>
                body{font-family:system-ui,sans-serif;color:#2d2a26;background:#fbf8f3;margin:2rem auto;max-width:72rem;padding:0 1rem;line-height:1.45}
                h1{font-weight:600;overflow-wrap:anywhere}h2{margin-top:2.2rem;font-weight:600;border-bottom:1px solid #e6dfd3;padding-bottom:.3rem}
                dl{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.3rem 1rem;margin:0 0 .8rem;padding:.8rem 1rem;background:#fff;border:1px solid #e6dfd3;border-radius:10px}
                dt{color:#6b5e55}dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
                .none{color:#6b5e55;font-style:italic}
                @media (max-width:40rem){dl{grid-template-columns:1fr}dt{margin-top:.4rem}}
                </style></head><body>
                """);
        html.write("<h1>My data: " + HtmlUtils.htmlEscape(personName) + "</h1>\n");
        html.write("<p>Everything you wrote in Common Ground, or that is about you, as it was on "
                + WHEN.format(now) + ". The same records are in the .json files beside this one.</p>\n");
        for (PersonalData.Section section : sections) {
            html.write("<h2>" + HtmlUtils.htmlEscape(section.title()) + "</h2>\n");
            Cards cards = new Cards(html);
            section.rows().write(personId, cards::row);
            cards.end();
        }
        html.write("</body></html>\n");
        html.flush();
    }

    /**
     * One section of the readable copy: a card per record, in words where the record has them, each field a line
     * with its label (ids, which only tie the JSON records together, and empty fields left out); a value with no
     * place to break (an address, a long name) breaks anywhere rather than make the page wider than a phone.
     */
    private static final class Cards {

        private final Writer html;
        private boolean started;

        Cards(Writer html) {
            this.html = html;
        }

        void row(Record record) {
            Record shown = record instanceof PersonalData.InWords words ? words.inWords() : record;
            try {
                started = true;
                html.write("<dl>");
                for (RecordComponent field : shown.getClass().getRecordComponents()) {
                    Method accessor = field.getAccessor();
                    accessor.setAccessible(true);
                    Object value = accessor.invoke(shown);
                    if (value != null && !field.getName().equals("id") && !field.getName().endsWith("Id")) {
                        html.write("<dt>" + HtmlUtils.htmlEscape(label(field.getName())) + "</dt><dd>"
                                + HtmlUtils.htmlEscape(shown(value)) + "</dd>");
                    }
                }
                html.write("</dl>\n");
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            } catch (ReflectiveOperationException cannotHappen) {
                throw new IllegalStateException(cannotHappen);
            }
        }

        void end() throws IOException {
            if (!started) {
                html.write("<p class=\"none\">Nothing here.</p>\n");
            }
        }

        private static String label(String field) {
            String words = field.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ENGLISH);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        private static String shown(Object value) {
            return switch (value) {
                case Instant instant -> WHEN.format(instant);
                case Boolean yes -> yes ? "yes" : "no";
                default -> value.toString();
            };
        }
    }
}
