package app.commonground.account;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A person chose the language they read the app in (none: their browser's), after the choice was saved. */
public record LanguageChosen(UUID accountId, Optional<Locale> language) {
}
