package app.commonground.base.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No words for people are written in the code of a screen or of a text-making class: they are messages, in every
 * language (see {@link Messages}). A string there is a message key, an id, a CSS class, a route, script, markup, a
 * developer's exception message, or one of the few written below; anything else that reads like words (a space
 * between letters, or a capital then small letters) fails this test with its file and line.
 */
class NoWordsInCodeTest {

    /** Strings that are not words to translate: the product's name, how names are joined, a browser error's name. */
    private static final Set<String> ALLOWED = Set.of("Common Ground", " & ", "AbortError");

    /** Where a string is not words: ids, classes, styles, scripts, attribute names and the log. */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "setId\\(|ClassName|ClassNames|getClassList|getStyle\\(\\)|executeJs\\(|@Route|getAttribute\\(|log\\.\\w+\\(|"
                    + "new (Illegal|Unsupported)\\w*Exception\\(\"|ProdId\\(|"
                    + "setAttribute\\(\"(?!aria-label|title|placeholder|alt)");

    /** Markup a screen writes (an SVG chart): tags and attributes, no words. */
    private static final Pattern MARKUP = Pattern.compile("<\\w|/>|\\w='");

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile("\\p{L}\\s+\\p{L}|^\\p{Lu}\\p{Ll}");

    private final Set<String> keys = new Messages().keys(Locale.ENGLISH);

    @Test
    void no_screen_and_no_text_making_class_holds_words_of_its_own() throws IOException {
        List<String> words = new ArrayList<>();
        for (Path path : speaking()) {
            String file = ROOT.relativize(path).toString();
            List<String> lines = Files.readAllLines(path);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("/") || line.startsWith("import ")
                        || NOT_WORDS.matcher(line).find()) {
                    continue;
                }
                Matcher string = STRING.matcher(line);
                while (string.find()) {
                    String text = string.group(1);
                    if (!keys.contains(text) && !ALLOWED.contains(text) && !MARKUP.matcher(text).find()
                            && WORDS.matcher(text).find()) {
                        words.add(file + ":" + (i + 1) + " \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(words).as("words written in the code instead of a message").isEmpty();
    }

    private static final Path ROOT = Path.of("src/main/java/app/commonground");

    /** Every class of a screen (in a feature's {@code ui} package) and every class that makes text ({@code *Text}, {@code *Email}). */
    private static List<Path> speaking() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<Path> speaking = files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().contains("/ui/") || path.getFileName().toString().matches(".*(Texts?|Email)\\.java"))
                    .sorted().toList();
            assertThat(speaking).as("the screens found").hasSizeGreaterThan(100);
            return speaking;
        }
    }
}
