package app.commonground.base.i18n;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The app's words in each of its languages: {@code messages.properties} (English) and {@code messages_de.properties}
 * (German), UTF-8, keys named by feature and place ({@code checkin.answers.wish.label}). Each message is an ICU
 * pattern: {@code {0}} for a name or a title, {@code {0, plural, one {# goal} other {# goals}}} for a count, so each
 * language says it in its own order and with its own plural rules. What people wrote is an argument, never a key,
 * and is never translated.
 */
@Component
public class Messages implements I18NProvider {

    /** The languages the app speaks, English first: the one for anyone whose language it does not speak. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final Map<String, Map<String, String>> patterns;

    public Messages() {
        patterns = LANGUAGES.stream().collect(Collectors.toUnmodifiableMap(Locale::getLanguage,
                language -> read(language.equals(Locale.ENGLISH) ? "messages.properties"
                        : "messages_" + language.getLanguage() + ".properties")));
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    /** The message in the language of {@code locale} (English where it has none), its arguments put in. */
    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = spoken(locale);
        String pattern = Optional.ofNullable(patterns.get(language.getLanguage()).get(key))
                .or(() -> Optional.ofNullable(patterns.get("en").get(key)))
                .orElseThrow(() -> new IllegalArgumentException("No message " + key));
        return new MessageFormat(pattern, locale == null ? language : locale).format(params);
    }

    /** The language of these the app speaks: the locale's own, or English. */
    public static Locale spoken(Locale locale) {
        return locale == null ? Locale.ENGLISH : LANGUAGES.stream()
                .filter(language -> language.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** The keys of one language's bundle. */
    public Set<String> keys(Locale language) {
        return Collections.unmodifiableSet(patterns.get(spoken(language).getLanguage()).keySet());
    }

    private static Map<String, String> read(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(bundle)) {
            if (in == null) {
                throw new IllegalStateException("No " + bundle + " on the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> read = new TreeMap<>();
        properties.forEach((key, value) -> read.put((String) key, (String) value));
        return Collections.unmodifiableMap(read);
    }
}
