package app.commonground.base.personaldata;

import app.commonground.base.Transactions;
import app.commonground.base.i18n.Messages;
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
import java.time.LocalDate;
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
 * moment's truth. The README and the readable copy are in the language of the person who downloads it; the JSON
 * is the same in every language (English field names, values as stored), for machines.
 */
@Component
public class PersonalDataExport {

    private final List<PersonalData> features;
    private final Transactions transactions;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private final Messages messages = new Messages();

    PersonalDataExport(List<PersonalData> features, Transactions transactions, Clock clock) {
        this.features = features;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Every section, in order. */
    public List<PersonalData.Section> sections() {
        return features.stream().flatMap(feature -> feature.sections().stream()).toList();
    }

    /** Writes the person's whole export to {@code out} (not closed), its words in {@code language}. */
    public void write(UUID personId, String personName, Locale language, OutputStream out) {
        Locale spoken = Messages.spoken(language);
        PersonalData.Words say = (key, args) -> messages.getTranslation(key, spoken, args);
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
                zip.write(readme(sections, say).getBytes(StandardCharsets.UTF_8));
                for (PersonalData.Section section : sections) {
                    zip.putNextEntry(new ZipEntry(section.file() + ".json"));
                    writeJson(section, personId, zip);
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry("my-data.html"));
                writeHtml(sections, personId, personName, clock.instant(), spoken, say, zip);
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

    private static String readme(List<PersonalData.Section> sections, PersonalData.Words say) {
        StringBuilder text = new StringBuilder(say.say("export.readme.title")).append("\n\n");
        text.append(line("my-data.html", say.say("export.readme.html")));
        sections.forEach(section -> text.append(line(section.file() + ".json", say.say(section.title()))));
        return text.append("\n").append(say.say("export.readme.about")).append("\n").toString();
    }

    /** A line of the README's list of files: the file's name, then from the same column what is in it. */
    private static String line(String file, String about) {
        return String.format("%-28s %s%n", file, about);
    }

    private static void writeHtml(List<PersonalData.Section> sections, UUID personId, String personName, Instant now,
                                  Locale language, PersonalData.Words say, OutputStream out) throws IOException {
        DateTimeFormatter when = DateTimeFormatter.ofPattern(say.say("export.html.when"), language)
                .withZone(ZoneOffset.UTC);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(say.say("export.html.day"), language);
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        html.write("<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                + escape(say.say("export.html.title")) + "</title>\n");
        html.write("""
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
        html.write("<h1>" + escape(say.say("export.html.heading", personName)) + "</h1>\n");
        html.write("<p>" + escape(say.say("export.html.lead", when.format(now))) + "</p>\n");
        for (PersonalData.Section section : sections) {
            html.write("<h2>" + escape(say.say(section.title())) + "</h2>\n");
            Cards cards = new Cards(html, say, when, day);
            section.rows().write(personId, cards::row);
            cards.end();
        }
        html.write("</body></html>\n");
        html.flush();
    }

    /** Text as HTML: only what HTML needs escaped, every other letter as itself (the page is UTF-8). */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    /**
     * One section of the readable copy: a card per record, in words where the record has them, each field a line
     * with its label (ids, which only tie the JSON records together, and empty fields left out); a value with no
     * place to break (an address, a long name) breaks anywhere rather than make the page wider than a phone.
     */
    private static final class Cards {

        private final Writer html;
        private final PersonalData.Words say;
        private final DateTimeFormatter when;
        private final DateTimeFormatter day;
        private boolean started;

        Cards(Writer html, PersonalData.Words say, DateTimeFormatter when, DateTimeFormatter day) {
            this.html = html;
            this.say = say;
            this.when = when;
            this.day = day;
        }

        void row(Record record) {
            Record shown = record instanceof PersonalData.InWords words ? words.inWords(say) : record;
            try {
                started = true;
                html.write("<dl>");
                for (RecordComponent field : shown.getClass().getRecordComponents()) {
                    Method accessor = field.getAccessor();
                    accessor.setAccessible(true);
                    Object value = accessor.invoke(shown);
                    if (value != null && !field.getName().equals("id") && !field.getName().endsWith("Id")) {
                        html.write("<dt>" + escape(say.say(FieldLabels.key(field.getName()))) + "</dt><dd>"
                                + escape(shown(value)) + "</dd>");
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
                html.write("<p class=\"none\">" + escape(say.say("export.html.nothing")) + "</p>\n");
            }
        }

        private String shown(Object value) {
            return switch (value) {
                case Instant instant -> when.format(instant);
                case LocalDate date -> day.format(date);
                case Boolean yes -> say.say(yes ? "export.html.yes" : "export.html.no");
                default -> value.toString();
            };
        }
    }
}
