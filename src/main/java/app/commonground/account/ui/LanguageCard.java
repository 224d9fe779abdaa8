package app.commonground.account.ui;

import app.commonground.account.AccountService;
import app.commonground.base.i18n.Messages;
import app.commonground.base.ui.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language the person reads Common Ground in: their browser's, or one they choose. It changes at once on every
 * screen they have open, never on anyone else's; what people wrote stays as they wrote it.
 */
public class LanguageCard extends Composite<Div> {

    final Select<Optional<Locale>> language = new Select<>();

    public LanguageCard(AccountService accounts) {
        List<Optional<Locale>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        Messages.LANGUAGES.forEach(spoken -> choices.add(Optional.of(spoken)));
        language.setId("language");
        language.setWidth("min(100%, 24rem)");
        language.setItems(choices);
        // Each language is named in itself, so someone who cannot read the current one still finds theirs.
        Texts.bind(language, "items", () -> Texts.t("account.language.browser"),
                browsers -> language.setItemLabelGenerator(choice -> choice.map(LanguageCard::nameInItself)
                        .orElse(browsers)));
        Texts.label(language, "account.language.label");
        language.setValue(accounts.myLanguage());
        language.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                accounts.chooseLanguage(change.getValue());
            }
        });
        Div card = getContent();
        card.addClassNames("cg-panel", "cg-account-card");
        card.setId("language-card");
        card.add(Texts.text(new H2(), "account.language.title"),
                Texts.text(new Paragraph(), "account.language.about"), language);
    }

    private static String nameInItself(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
