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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No words for people are written in the code of a screen or of a text-making class: they are messages, in every
 * language (see {@link Messages}). A string there is a message key, an id, a CSS class, a route, script, or one of
 * the few written below; anything that reads like words (a space between letters, or a capital then small letters)
 * fails this test with its file and line.
 */
class NoWordsInCodeTest {

    /** The screens and text-making classes already speaking through messages; every one will, in the end. */
    private static final List<String> SPEAKING = List.of(
            "page/MainLayout.java", "page/SpaceSwitcher.java", "page/AccountView.java", "page/MySpacesView.java",
            "account/ui/LanguageCard.java", "account/ui/SignUpView.java", "security/ui/LoginView.java",
            "counselling/ui/NextSessionText.java", "page/SpaceView.java", "space/ui/MemberText.java",
            "activity/ui/ActivityText.java", "activity/ui/ActivityFeed.java", "base/ui/Dates.java",
            "negotiation/ui/TurnText.java", "board/ui/ItemCard.java", "board/ui/ItemTexts.java",
            "base/ui/ShareButton.java", "board/ui/BoardPanel.java",
            "board/ui/ItemEditor.java", "base/ui/DateFields.java", "negotiation/ui/DraftCircle.java",
            "negotiation/ui/MirrorCards.java", "negotiation/ui/OptionsPanel.java", "negotiation/ui/OptionRow.java",
            "negotiation/ui/Proposal.java", "negotiation/ui/PositionCards.java", "negotiation/ui/NegotiationsPanel.java",
            "negotiation/ui/NewNegotiationDialog.java", "negotiation/ui/OutcomeCard.java",
            "negotiation/ui/TurnBanner.java", "negotiation/ui/StepText.java", "board/ui/PresenceBar.java",
            "counselling/ui/NextSessionLine.java", "space/ui/AccessEnded.java", "space/ui/ConsentRequests.java",
            "base/ui/CharacterLimit.java", "base/ui/NotFoundView.java", "base/ui/ErrorView.java",
            "base/ui/ErrorHandling.java", "base/ui/Refusals.java");

    /** Strings that are not words to translate: the product's name, how names are joined, a browser error's name. */
    private static final Set<String> ALLOWED = Set.of("Common Ground", " & ", "AbortError");

    /** Where a string is not words: ids, classes, styles, scripts, attribute names and the log. */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "setId\\(|ClassName|ClassNames|getClassList|getStyle\\(\\)|executeJs\\(|@Route|getAttribute\\(|log\\.\\w+\\(|"
                    + "setAttribute\\(\"(?!aria-label|title|placeholder|alt)");

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile("\\p{L}\\s+\\p{L}|^\\p{Lu}\\p{Ll}");

    private final Set<String> keys = new Messages().keys(Locale.ENGLISH);

    @Test
    void the_screens_that_speak_through_messages_hold_no_words_of_their_own() throws IOException {
        List<String> words = new ArrayList<>();
        for (String file : SPEAKING) {
            Path path = Path.of("src/main/java/app/commonground", file);
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
                    if (!keys.contains(text) && !ALLOWED.contains(text) && WORDS.matcher(text).find()) {
                        words.add(file + ":" + (i + 1) + " \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(words).as("words written in the code instead of a message").isEmpty();
    }
}
