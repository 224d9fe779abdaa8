package app.commonground.base.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Every message is said in every language, each is a valid pattern, and none is left that nothing says. */
class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void every_message_is_in_every_language() {
        Set<String> english = messages.keys(Locale.ENGLISH);

        for (Locale language : Messages.LANGUAGES) {
            assertThat(new TreeSet<>(messages.keys(language))).as(language.getDisplayLanguage())
                    .containsExactlyElementsOf(new TreeSet<>(english));
        }
    }

    @Test
    void every_message_is_a_pattern_its_language_can_format() {
        for (Locale language : Messages.LANGUAGES) {
            for (String key : messages.keys(language)) {
                assertThatCode(() -> messages.getTranslation(key, language, 1, 2, 3, 4))
                        .as(language + " " + key).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void every_message_is_said_somewhere_in_the_app() {
        String sources = sources();

        assertThat(messages.keys(Locale.ENGLISH)).allSatisfy(key ->
                assertThat(sources).as("a use of " + key).contains("\"" + key + "\""));
    }

    @Test
    void a_language_the_app_does_not_speak_reads_english_and_a_region_keeps_its_language() {
        assertThat(Messages.spoken(Locale.forLanguageTag("fr-FR"))).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.spoken(Locale.forLanguageTag("de-AT"))).isEqualTo(Locale.GERMAN);
        assertThat(messages.getTranslation("frame.nav.spaces", Locale.forLanguageTag("de-CH"))).isEqualTo("Meine Räume");
        assertThat(messages.getTranslation("frame.nav.spaces", Locale.forLanguageTag("fr"))).isEqualTo("My spaces");
    }

    @Test
    void names_and_titles_people_wrote_go_in_as_they_are() {
        assertThat(messages.getTranslation("frame.switcher.aria", Locale.GERMAN, "Sam's {space} & 'Alex'"))
                .isEqualTo("Sam's {space} & 'Alex': Raum wechseln");
    }

    private static String sources() {
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            return files.filter(file -> file.toString().endsWith(".java")).map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
